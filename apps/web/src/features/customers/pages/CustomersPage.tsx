import { PlusOutlined, SaveOutlined, UploadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { formatListTotal } from '../../../shared/api/list-total';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { ResponsiveFilters, usePhoneScreen } from '../../../shared/components/ResponsiveFilters';
import { useSession } from '../../auth/hooks/use-session';
import { SaveSegmentModal } from '../../segments/components/SaveSegmentModal';
import { SegmentSelect } from '../../segments/components/SegmentSelect';
import { canSaveAsSegment } from '../../segments/segment-filter';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { ColumnChooser } from '../components/ColumnChooser';
import { CustomerFilters } from '../components/CustomerFilters';
import { CustomerFormDrawer } from '../components/CustomerFormDrawer';
import { CustomerSelectionBar } from '../components/CustomerSelectionBar';
import { CustomersTable } from '../components/CustomersTable';
import { ExportCustomersButton } from '../components/ExportCustomersButton';
import { TransferOwnerModal, type TransferTarget } from '../components/TransferOwnerModal';
import {
  clearCustomerColumnWidths,
  DEFAULT_CUSTOMER_COLUMNS,
  readCustomerColumns,
  readCustomerColumnWidths,
  writeCustomerColumns,
  writeCustomerColumnWidths,
  type CustomerColumnKey,
  type CustomerColumnWidths,
} from '../customer-columns';
import {
  activeFilterCount,
  parseCustomerListState,
  toCustomerListParams,
  toCustomerListQuery,
  withoutFilters,
  type CustomerListState,
} from '../customer-list-filters';
import { useCustomersList } from '../hooks/use-customers-list';
import { useOwnerOptions } from '../hooks/use-owner-options';

function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
}

export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const phone = usePhoneScreen();
  const { user } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const state = useMemo(() => parseCustomerListState(new URLSearchParams(paramsKey)), [paramsKey]);
  const query = useMemo(() => toCustomerListQuery(state), [state]);
  const list = useCustomersList(query);
  const { teams } = useTeamOptions(ability.can('read', 'Team'));
  const { owners, complete: mayListUsers } = useOwnerOptions();
  const [columns, setColumns] = useState<CustomerColumnKey[]>(() =>
    readCustomerColumns(localStorage, user.id),
  );
  const [widths, setWidths] = useState<CustomerColumnWidths>(() =>
    readCustomerColumnWidths(localStorage, user.id),
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [transfer, setTransfer] = useState<TransferTarget | null>(null);
  const [savingSegment, setSavingSegment] = useState<CustomerListState | null>(null);

  const mayCreate = ability.can('create', 'Customer');
  const mayReassign = ability.can('reassign', 'Customer');
  const mayReadSegments = ability.can('read', 'Segment');
  const maySaveSegment = ability.can('create', 'Segment');
  // Any bulk action: transfer, tagging, or adding to a static list.
  const maySelect = mayReassign || ability.can('update', 'Customer') || maySaveSegment;
  const filtered = activeFilterCount(state) > 0 || Boolean(state.q);

  const setState = (next: CustomerListState) =>
    setSearchParams(toCustomerListParams(next), { replace: true });
  const chooseColumns = (next: CustomerColumnKey[]) => {
    setColumns(next);
    writeCustomerColumns(localStorage, user.id, next);
  };
  const resizeColumn = (key: CustomerColumnKey, width: number) => {
    const next = { ...widths, [key]: width };
    setWidths(next);
    writeCustomerColumnWidths(localStorage, user.id, next);
  };
  const resetColumns = () => {
    chooseColumns([...DEFAULT_CUSTOMER_COLUMNS]);
    setWidths({});
    clearCustomerColumnWidths(localStorage, user.id);
  };
  const suggestions = useMemo(
    () => ({
      industries: distinct(list.items.map((customer) => customer.industry)),
      regions: distinct(list.items.map((customer) => customer.region)),
    }),
    [list.items],
  );

  const empty = filtered ? (
    <Empty description={t('customers.list.noMatch')}>
      <Button onClick={() => setState({ ...withoutFilters(state), q: undefined })}>
        {t('customers.list.showAll')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t('customers.list.empty')}>
      {mayCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('customers.new')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        subtitle={t('customers.subtitle')}
        actions={
          <>
            {mayReassign && mayListUsers && (
              <Button icon={<UserSwitchOutlined />} onClick={() => setTransfer({ kind: 'owner' })}>
                {t('customers.transfer.handOver')}
              </Button>
            )}
            {ability.can('import', 'Customer') && (
              <Button icon={<UploadOutlined />} onClick={() => void navigate('/customers/import')}>
                {t('imports.openWizard')}
              </Button>
            )}
            {mayCreate && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('customers.new')}
              </Button>
            )}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          key={state.q ?? ''}
          allowClear
          defaultValue={state.q}
          placeholder={t('customers.searchPlaceholder')}
          aria-label={t('customers.searchPlaceholder')}
          onSearch={(text) => setState({ ...state, q: text.trim() || undefined })}
          style={{ width: phone ? 'auto' : 300, flex: phone ? '1 1 160px' : undefined }}
        />
        {mayReadSegments && (
          <SegmentSelect
            value={state.segmentId}
            onChange={(segmentId) => setState({ ...state, segmentId })}
          />
        )}
        <ResponsiveFilters active={activeFilterCount(state)}>
          <CustomerFilters
            state={state}
            onChange={setState}
            teams={ability.can('read', 'Team') ? teams : null}
            tagFilters={ability.can('read', 'Tag')}
            owners={owners}
            currentUserId={user.id}
            suggestions={suggestions}
          />
        </ResponsiveFilters>
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          {maySaveSegment && (
            <Tooltip title={canSaveAsSegment(state) ? undefined : t('segments.save.disabledHelp')}>
              <Button
                icon={<SaveOutlined />}
                disabled={!canSaveAsSegment(state)}
                onClick={() => setSavingSegment(state)}
              >
                {t('segments.save.button')}
              </Button>
            </Tooltip>
          )}
          {ability.can('export', 'Customer') && <ExportCustomersButton query={query} />}
          <ColumnChooser columns={columns} onChange={chooseColumns} onReset={resetColumns} />
        </Flex>
      </Flex>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      {list.total && (
        <Typography.Text
          type="secondary"
          data-testid="customer-total"
          style={{ display: 'block', marginBottom: 8 }}
        >
          {t(list.total.estimate ? 'customers.list.totalEstimate' : 'customers.list.total', {
            total: formatListTotal(list.total, i18n.language),
          })}
        </Typography.Text>
      )}
      {selected.length > 0 && (
        <CustomerSelectionBar
          selected={selected}
          segmentId={state.segmentId}
          onTransfer={
            mayReassign ? () => setTransfer({ kind: 'selected', ids: selected }) : undefined
          }
          onClear={() => setSelected([])}
        />
      )}
      <CustomersTable
        customers={list.items}
        loading={list.isLoading}
        columns={columns}
        widths={widths}
        onWidthChange={resizeColumn}
        phone={phone}
        sort={state.sort}
        onSortChange={(sort) => setState({ ...state, sort })}
        selection={maySelect ? { keys: selected, onChange: setSelected } : undefined}
        empty={list.isLoading ? ' ' : empty}
      />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <CustomerFormDrawer
        open={creating}
        customer={null}
        onClose={() => setCreating(false)}
        onSaved={(customer) => void navigate(`/customers/${customer.id}`)}
      />
      <TransferOwnerModal
        target={transfer}
        onClose={() => setTransfer(null)}
        onDone={() => setSelected([])}
      />
      <SaveSegmentModal state={savingSegment} onClose={() => setSavingSegment(null)} />
    </>
  );
}
