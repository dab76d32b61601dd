import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { CUSTOM_FIELD_RECORD_TYPES } from '@kehu/domain';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Segmented,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem } from '../../../shared/api/describe-problem';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import type {
  CustomFieldDefinition,
  CustomFieldRecordType,
} from '../../../shared/custom-fields/custom-field-types';
import { CustomFieldDisplay } from '../../../shared/custom-fields/CustomFieldDisplay';
import { localized } from '../../../shared/custom-fields/custom-field-values';
import {
  customFieldQueryKeys,
  fetchCustomFields,
} from '../../../shared/custom-fields/use-custom-fields';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { actionsColumn, updatedAtColumn } from '../../../shared/list/record-columns';
import { CustomFieldFormDrawer } from '../components/CustomFieldFormDrawer';
import { useCustomFieldMutations } from '../hooks/use-custom-field-mutations';

const isRecordType = (value: string | null): value is CustomFieldRecordType =>
  (CUSTOM_FIELD_RECORD_TYPES as readonly (string | null)[]).includes(value);

/** Settings → Custom fields (自定义字段): the fields of each record type, for admins. */
export function CustomFieldsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useAppLanguage();
  const ability = useAppAbility();
  const [params, setParams] = useSearchParams();
  const recordType: CustomFieldRecordType = isRecordType(params.get('recordType'))
    ? (params.get('recordType') as CustomFieldRecordType)
    : 'customer';
  const deleted = params.get('deleted') === '1';
  const query = useQuery({
    queryKey: customFieldQueryKeys.admin(recordType, deleted),
    queryFn: () => fetchCustomFields(recordType, deleted),
  });
  const { remove, restore } = useCustomFieldMutations();
  const [editing, setEditing] = useState<{ field: CustomFieldDefinition | null } | null>(null);
  const nameOf = (field: CustomFieldDefinition) => localized(field.label, language);
  const deleteField = useUndoableDelete<CustomFieldDefinition>({
    remove: (field) => remove.mutateAsync(field),
    restore: async (field) => {
      await restore.mutateAsync(field);
    },
    nameOf,
  });
  const restoreField = async (field: CustomFieldDefinition) => {
    try {
      await restore.mutateAsync(field);
      void message.success(t('customFields.settings.restoredField', { name: nameOf(field) }));
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };
  const mayWrite = ability.can('update', 'CustomFieldDefinition');
  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<CustomFieldDefinition> = [
    {
      title: t('customFields.settings.fields.label'),
      key: 'label',
      width: 220,
      render: (_, field) => (
        <Flex vertical>
          <Typography.Text strong>{nameOf(field)}</Typography.Text>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {field.key}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('customFields.settings.fields.type'),
      dataIndex: 'type',
      width: 120,
      render: (_, field) => t(`customFields.types.${field.type}`),
    },
    ...(recordType === 'customer'
      ? [
          {
            title: t('customFields.settings.fields.appliesTo'),
            dataIndex: 'appliesTo',
            width: 140,
            render: (_: unknown, field: CustomFieldDefinition) =>
              t(`customFields.appliesTo.${field.appliesTo}`),
          },
        ]
      : []),
    {
      title: t('customFields.settings.fields.defaultValue'),
      key: 'defaultValue',
      width: 160,
      render: (_, field) => <CustomFieldDisplay definition={field} value={field.defaultValue} />,
    },
    {
      title: t('customFields.settings.flags'),
      key: 'flags',
      width: 200,
      render: (_, field) => (
        <Flex gap={4} wrap>
          {field.required && <Tag color="red">{t('customFields.settings.fields.required')}</Tag>}
          {field.filterable && (
            <Tag color="blue">{t('customFields.settings.fields.filterable')}</Tag>
          )}
          {field.sortable && (
            <Tag color="geekblue">{t('customFields.settings.fields.sortable')}</Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('customFields.settings.access'),
      key: 'access',
      width: 200,
      render: (_, field) => (
        <Flex vertical gap={2}>
          {field.hiddenFromRoles.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customFields.settings.fields.hiddenFromRoles')}：
              {field.hiddenFromRoles.map((role) => t(`roles.${role}`)).join('、')}
            </Typography.Text>
          )}
          {field.readOnlyForRoles.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customFields.settings.fields.readOnlyForRoles')}：
              {field.readOnlyForRoles.map((role) => t(`roles.${role}`)).join('、')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('customFields.settings.fields.position'), dataIndex: 'position', width: 80 },
    updatedAtColumn(t('common.updatedAt'), 160),
    actionsColumn(t('common.actions'), 170, (field) =>
      deleted ? (
        mayWrite && (
          <Button
            type="text"
            size="small"
            icon={<UndoOutlined />}
            onClick={() => void restoreField(field)}
            aria-label={`${t('customFields.settings.restore')} ${nameOf(field)}`}
          >
            {t('customFields.settings.restore')}
          </Button>
        )
      ) : (
        <RowActions
          recordName={nameOf(field)}
          onEdit={mayWrite ? () => setEditing({ field }) : undefined}
          onDelete={
            ability.can('delete', 'CustomFieldDefinition') ? () => deleteField(field) : undefined
          }
          deleteConfirm={t('customFields.settings.deleteConfirm')}
        />
      ),
    ),
  ];

  return (
    <>
      <PageHeader
        title={t('customFields.settings.title')}
        subtitle={t('customFields.settings.subtitle')}
        actions={
          ability.can('create', 'CustomFieldDefinition') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ field: null })}
            >
              {t('customFields.settings.new')}
            </Button>
          )
        }
      />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<CustomFieldRecordType>
          value={recordType}
          onChange={(value) => choose({ recordType: value === 'customer' ? null : value })}
          options={CUSTOM_FIELD_RECORD_TYPES.map((value) => ({
            value,
            label: t(`customFields.recordTypes.${value}`),
          }))}
        />
        {ability.can('restore', 'CustomFieldDefinition') && (
          <Flex align="center" gap={8}>
            <Switch
              size="small"
              checked={deleted}
              onChange={(checked) => choose({ deleted: checked ? '1' : null })}
              aria-label={t('customFields.settings.showDeleted')}
            />
            <Typography.Text>{t('customFields.settings.showDeleted')}</Typography.Text>
          </Flex>
        )}
      </Flex>
      {query.error && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<CustomFieldDefinition>
        rowKey="id"
        columns={columns}
        dataSource={query.data ?? []}
        loading={query.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: deleted
            ? t('customFields.settings.emptyDeleted')
            : t('customFields.settings.empty'),
        }}
      />
      <CustomFieldFormDrawer
        key={editing?.field?.id ?? 'new'}
        open={editing !== null}
        recordType={recordType}
        field={editing?.field ?? null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
