import { FilterOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { asSubject } from '@kehu/domain';
import { Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { ListPage } from '../../../shared/list/ListPage';
import { searchListCodec, toSearchListQuery } from '../../../shared/list/search-list';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { actionsColumn, updatedAtColumn } from '../../../shared/list/record-columns';
import { toCustomerListParams } from '../../customers/customer-list-filters';
import { SegmentFormDrawer } from '../components/SegmentFormDrawer';
import { SegmentMemberCount } from '../components/SegmentMemberCount';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import { segmentListSource } from '../hooks/segment-list-source';
import { toListStateFromSegment } from '../segment-filter';
import type { SegmentResponse } from '../segment-types';

const membersPath = (segment: SegmentResponse) => `/customers?segmentId=${segment.id}`;

/** Saved segments: dynamic ones (saved filters) and static lists, with their member counts. */
export function SegmentsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const page = useListPageState({
    codec: searchListCodec,
    toQuery: toSearchListQuery,
    source: segmentListSource,
  });
  const { list } = page;
  const { remove, restore } = useSegmentMutations();
  const [editing, setEditing] = useState<SegmentResponse | null>(null);
  const deleteSegment = useUndoableDelete<SegmentResponse>({
    remove: (segment) => remove.mutateAsync(segment),
    restore: async (segment) => {
      await restore.mutateAsync(segment);
    },
    nameOf: (segment) => segment.name,
  });
  const may = (action: 'update' | 'delete', segment: SegmentResponse) =>
    ability.can(action, asSubject('Segment', { id: segment.id, ownerId: segment.ownerId }));

  const columns: TableColumnsType<SegmentResponse> = [
    {
      title: t('segments.fields.name'),
      dataIndex: 'name',
      render: (_, segment) => (
        <div>
          <Link to={membersPath(segment)} style={{ fontWeight: 500 }}>
            {segment.name}
          </Link>
          {segment.description && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {segment.description}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('segments.fields.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (_, segment) =>
        segment.kind === 'dynamic' ? (
          <Tag icon={<FilterOutlined />} color="blue">
            {t('segments.kinds.dynamic')}
          </Tag>
        ) : (
          <Tag icon={<UnorderedListOutlined />}>{t('segments.kinds.static')}</Tag>
        ),
    },
    {
      title: t('segments.fields.members'),
      key: 'members',
      width: 120,
      render: (_, segment) => <SegmentMemberCount segmentId={segment.id} />,
    },
    {
      title: t('segments.fields.owner'),
      key: 'owner',
      width: 160,
      render: (_, segment) => segment.owner?.name ?? t('common.none'),
    },
    updatedAtColumn(t('common.updatedAt'), 170),
    actionsColumn(t('common.actions'), 300, (segment) => (
      <RowActions
        recordName={segment.name}
        onEdit={may('update', segment) ? () => setEditing(segment) : undefined}
        onDelete={may('delete', segment) ? () => deleteSegment(segment) : undefined}
        deleteConfirm={t('segments.deleteConfirm')}
      >
        {segment.kind === 'dynamic' && segment.filter && (
          <Tooltip title={t('segments.refineHelp')}>
            <Button
              type="text"
              size="small"
              icon={<FilterOutlined />}
              aria-label={`${t('segments.refine')} ${segment.name}`}
              onClick={() => {
                const params = toCustomerListParams(toListStateFromSegment(segment.filter ?? {}));
                void navigate(`/customers?${params.toString()}`);
              }}
            >
              {t('segments.refine')}
            </Button>
          </Tooltip>
        )}
      </RowActions>
    )),
  ];

  return (
    <>
      <ListPage
        page={page}
        title={t('segments.title')}
        subtitle={t('segments.subtitle')}
        actions={
          <Button type="primary" onClick={() => void navigate('/customers')}>
            {t('segments.newFromList')}
          </Button>
        }
        searchPlaceholder={t('segments.searchPlaceholder')}
        empty={{ none: t('segments.empty') }}
      >
        {(empty) => (
          <Table<SegmentResponse>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.isLoading}
            pagination={false}
            locale={{ emptyText: empty }}
          />
        )}
      </ListPage>
      <SegmentFormDrawer
        key={editing?.id ?? 'none'}
        segment={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
