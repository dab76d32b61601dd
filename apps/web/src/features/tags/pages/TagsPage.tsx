import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Skeleton,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { actionsColumn, updatedAtColumn } from '../../../shared/list/record-columns';
import { TagChips } from '../components/TagChips';
import { TagFormDrawer } from '../components/TagFormDrawer';
import { TagGroupFormDrawer } from '../components/TagGroupFormDrawer';
import { useTagCatalog } from '../hooks/use-tag-catalog';
import { useTagMutations } from '../hooks/use-tag-mutations';
import type { TagGroupWithTags } from '../group-tags';
import type { TagGroupResponse, TagResponse } from '../tag-types';

type TagDrawer = { tag: TagResponse | null; groupId?: string };

/** Settings → Tags: the tag groups (dimensions) and the tags in each. */
export function TagsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const catalog = useTagCatalog();
  const mutations = useTagMutations();
  const [search, setSearch] = useState('');
  const [tagDrawer, setTagDrawer] = useState<TagDrawer | null>(null);
  const [groupDrawer, setGroupDrawer] = useState<{ group: TagGroupResponse | null } | null>(null);
  const mayCreate = ability.can('create', 'Tag');
  const mayUpdate = ability.can('update', 'Tag');
  const mayDelete = ability.can('delete', 'Tag');

  const deleteTag = useUndoableDelete<TagResponse>({
    remove: (tag) => mutations.removeTag.mutateAsync(tag),
    restore: (tag) => mutations.restoreTag.mutateAsync(tag),
    nameOf: (tag) => tag.name,
  });
  const deleteGroup = useUndoableDelete<TagGroupResponse>({
    remove: (group) => mutations.removeGroup.mutateAsync(group),
    restore: (group) => mutations.restoreGroup.mutateAsync(group),
    nameOf: (group) => group.name,
  });

  const needle = search.trim().toLowerCase();
  const shown = needle
    ? catalog.grouped
        .map(({ group, tags }) => ({
          group,
          tags: tags.filter((tag) => tag.name.toLowerCase().includes(needle)),
        }))
        .filter(({ group, tags }) => tags.length > 0 || group.name.toLowerCase().includes(needle))
    : catalog.grouped;

  const columns: TableColumnsType<TagResponse> = [
    {
      title: t('tags.fields.name'),
      dataIndex: 'name',
      render: (_, tag) => <TagChips tags={[tag]} />,
    },
    {
      title: t('tags.customers'),
      key: 'customers',
      width: 160,
      render: (_, tag) => <Link to={`/customers?tagId=${tag.id}`}>{t('tags.showCustomers')}</Link>,
    },
    updatedAtColumn(t('common.updatedAt'), 170),
    actionsColumn(t('common.actions'), 200, (tag) => (
      <RowActions
        recordName={tag.name}
        onEdit={mayUpdate ? () => setTagDrawer({ tag }) : undefined}
        onDelete={mayDelete ? () => deleteTag(tag) : undefined}
        deleteConfirm={t('tags.deleteConfirm')}
      />
    )),
  ];

  const groupActions = ({ group, tags }: TagGroupWithTags) => {
    const undeletable = group.builtIn
      ? t('tags.groups.builtInCannotDelete')
      : tags.length > 0
        ? t('tags.groups.notEmpty')
        : null;
    return (
      <Flex gap={4}>
        {mayCreate && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setTagDrawer({ tag: null, groupId: group.id })}
            aria-label={`${t('tags.new')} · ${group.name}`}
          >
            {t('tags.new')}
          </Button>
        )}
        {mayUpdate && (
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            onClick={() => setGroupDrawer({ group })}
            aria-label={`${t('common.edit')} ${group.name}`}
          />
        )}
        {mayDelete && (
          <Tooltip title={undeletable}>
            <Popconfirm
              title={t('tags.groups.deleteConfirm')}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              disabled={undeletable !== null}
              onConfirm={() => void deleteGroup(group)}
            >
              <Button
                size="small"
                type="text"
                danger
                disabled={undeletable !== null}
                icon={<DeleteOutlined />}
                aria-label={`${t('common.delete')} ${group.name}`}
              />
            </Popconfirm>
          </Tooltip>
        )}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader
        title={t('tags.title')}
        subtitle={t('tags.subtitle')}
        actions={
          mayCreate && (
            <>
              <Button icon={<PlusOutlined />} onClick={() => setGroupDrawer({ group: null })}>
                {t('tags.groups.new')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setTagDrawer({ tag: null })}
              >
                {t('tags.new')}
              </Button>
            </>
          )
        }
      />
      <Input.Search
        allowClear
        placeholder={t('tags.searchPlaceholder')}
        aria-label={t('tags.searchPlaceholder')}
        onChange={(event) => setSearch(event.target.value)}
        style={{ width: 280, marginBottom: 16 }}
      />
      {catalog.error && <ProblemAlert error={catalog.error} onRetry={catalog.refetch} />}
      {catalog.isLoading ? (
        <Skeleton active />
      ) : shown.length === 0 ? (
        <Empty description={t('tags.noMatch')} />
      ) : (
        <Flex vertical gap={16}>
          {shown.map((entry) => (
            <Card
              key={entry.group.id}
              data-tag-group={entry.group.key}
              title={
                <Flex gap={8} align="center" wrap>
                  <span>{entry.group.name}</span>
                  {entry.group.builtIn && <Tag>{t('tags.groups.builtIn')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {t('tags.groups.tagCount', { count: entry.tags.length })}
                  </Typography.Text>
                </Flex>
              }
              extra={groupActions(entry)}
              styles={{ body: { padding: entry.tags.length > 0 ? 0 : undefined } }}
            >
              {entry.group.description && entry.tags.length === 0 && (
                <Typography.Paragraph type="secondary">
                  {entry.group.description}
                </Typography.Paragraph>
              )}
              {entry.tags.length > 0 ? (
                <Table<TagResponse>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={entry.tags}
                  pagination={false}
                />
              ) : (
                <Typography.Text type="secondary">{t('tags.groups.empty')}</Typography.Text>
              )}
            </Card>
          ))}
        </Flex>
      )}
      <TagFormDrawer
        key={tagDrawer?.tag?.id ?? `new-${tagDrawer?.groupId ?? ''}`}
        open={tagDrawer !== null}
        tag={tagDrawer?.tag ?? null}
        groupId={tagDrawer?.groupId}
        groups={catalog.groups}
        onClose={() => setTagDrawer(null)}
      />
      <TagGroupFormDrawer
        key={groupDrawer?.group?.id ?? 'new'}
        open={groupDrawer !== null}
        group={groupDrawer?.group ?? null}
        onClose={() => setGroupDrawer(null)}
      />
    </>
  );
}
