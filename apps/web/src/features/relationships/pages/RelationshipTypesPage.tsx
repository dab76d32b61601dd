import { ArrowRightOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { RelationshipTypeFormDrawer } from '../components/RelationshipTypeFormDrawer';
import { useRelationshipTypeMutations } from '../hooks/use-relationship-type-mutations';
import { useRelationshipTypes } from '../hooks/use-relationship-types';
import { localizedText } from '../localized-text';
import type { RelationshipType } from '../relationship-api-types';

const DETAIL_FLAGS = ['hasPercentage', 'hasTitle', 'hasPeriod'] as const;

/** Settings → Relationship types (关系类型): the built-in ones and those admins add. */
export function RelationshipTypesPage() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  const types = useRelationshipTypes();
  const { remove, restore } = useRelationshipTypeMutations();
  const [drawer, setDrawer] = useState<{ type: RelationshipType | null } | null>(null);
  const text = (value: RelationshipType['name']) => localizedText(value, i18n.language);
  const deleteType = useUndoableDelete<RelationshipType>({
    remove: (type) => remove.mutateAsync(type),
    restore: async (type) => {
      await restore.mutateAsync(type);
    },
    nameOf: (type) => text(type.name),
  });

  const columns: TableColumnsType<RelationshipType> = [
    {
      title: t('relationshipTypes.name'),
      key: 'name',
      render: (_, type) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{text(type.name)}</Typography.Text>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {type.key}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('relationshipTypes.readings'),
      key: 'readings',
      render: (_, type) =>
        type.symmetric ? (
          <Flex gap={6} align="center">
            <SwapOutlined aria-hidden />
            {t('relationshipTypes.readsSame', { name: text(type.name) })}
          </Flex>
        ) : (
          <Flex vertical gap={2}>
            <span>{t('relationshipTypes.readsFrom', { name: text(type.name) })}</span>
            <Typography.Text type="secondary">
              {t('relationshipTypes.readsTo', { name: text(type.inverseName) })}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t('relationshipTypes.ends'),
      key: 'ends',
      render: (_, type) => (
        <Flex gap={6} align="center">
          {t(`relationshipTypes.kinds.${type.fromKind}`)}
          {type.symmetric ? <SwapOutlined aria-hidden /> : <ArrowRightOutlined aria-hidden />}
          {t(`relationshipTypes.kinds.${type.toKind}`)}
        </Flex>
      ),
    },
    {
      title: t('relationshipTypes.details'),
      key: 'details',
      render: (_, type) => {
        const flags = DETAIL_FLAGS.filter((flag) => type[flag]);
        return flags.length > 0 ? (
          <Flex gap={4} wrap>
            {flags.map((flag) => (
              <Tag key={flag}>{t(`relationshipTypes.flags.${flag}`)}</Tag>
            ))}
          </Flex>
        ) : (
          t('common.none')
        );
      },
    },
    {
      title: t('relationshipTypes.source'),
      key: 'source',
      width: 120,
      render: (_, type) =>
        type.builtIn ? (
          <Tag color="blue">{t('relationshipTypes.builtIn')}</Tag>
        ) : (
          <Tag color="green">{t('relationshipTypes.custom')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, type) => (
        <RowActions
          recordName={text(type.name)}
          onEdit={ability.can('update', 'RelationshipType') ? () => setDrawer({ type }) : undefined}
          onDelete={
            !type.builtIn && ability.can('delete', 'RelationshipType')
              ? () => deleteType(type)
              : undefined
          }
          deleteConfirm={t('relationshipTypes.deleteConfirm')}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('relationshipTypes.title')}
        subtitle={t('relationshipTypes.subtitle')}
        actions={
          ability.can('create', 'RelationshipType') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ type: null })}
            >
              {t('relationshipTypes.new')}
            </Button>
          )
        }
      />
      {types.error && <ProblemAlert error={types.error} onRetry={() => void types.refetch()} />}
      <Table<RelationshipType>
        rowKey="id"
        aria-label={t('relationshipTypes.title')}
        columns={columns}
        dataSource={types.data ?? []}
        loading={types.isLoading}
        pagination={false}
        scroll={{ x: 900 }}
      />
      <RelationshipTypeFormDrawer
        key={drawer?.type?.id ?? 'new'}
        open={drawer !== null}
        type={drawer?.type ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}
