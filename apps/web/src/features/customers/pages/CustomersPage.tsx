import { PlusOutlined, SwapOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSession } from '../../auth/hooks/use-session';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { ColumnChooser } from '../components/ColumnChooser';
import { CustomerFilters } from '../components/CustomerFilters';
import { CustomerFormDrawer } from '../components/CustomerFormDrawer';
import { CustomersTable } from '../components/CustomersTable';
import { TransferOwnerModal, type TransferTarget } from '../components/TransferOwnerModal';
import {
  readCustomerColumns,
  writeCustomerColumns,
  type CustomerColumnKey,
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
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const { user } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const state = useMemo(() => parseCustomerListState(new URLSearchParams(paramsKey)), [paramsKey]);
  const query = useMemo(() => toCustomerListQuery(state), [state]);
  const list = useCustomersList(query);
  const { teams } = useTeamOptions(ability.can('read', 'Team'));
  const { owners, complete: mayListUsers } = useOwnerOptions();
  const [columns, setColumns] = useState<CustomerColumnKey[]>(() =>
    readCustomerColumns(localStorage),
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [transfer, setTransfer] = useState<TransferTarget | null>(null);

  const mayCreate = ability.can('create', 'Customer');
  const mayReassign = ability.can('reassign', 'Customer');
  const filtered = activeFilterCount(state) > 0 || Boolean(state.q);

  const setState = (next: CustomerListState) =>
    setSearchParams(toCustomerListParams(next), { replace: true });
  const chooseColumns = (next: CustomerColumnKey[]) => {
    setColumns(next);
    writeCustomerColumns(localStorage, next);
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
          style={{ width: 300 }}
        />
        <CustomerFilters
          state={state}
          onChange={setState}
          teams={ability.can('read', 'Team') ? teams : null}
          owners={owners}
          currentUserId={user.id}
          suggestions={suggestions}
        />
        <div style={{ marginInlineStart: 'auto' }}>
          <ColumnChooser columns={columns} onChange={chooseColumns} />
        </div>
      </Flex>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      {selected.length > 0 && (
        <Flex
          align="center"
          gap={12}
          role="region"
          aria-label={t('customers.list.selection')}
          style={{
            marginBottom: 12,
            padding: '8px 12px',
            borderRadius: token.borderRadiusLG,
            background: token.colorPrimaryBg,
          }}
        >
          <Typography.Text strong>
            {t('customers.list.selected', { count: selected.length })}
          </Typography.Text>
          <Button
            size="small"
            type="primary"
            icon={<SwapOutlined />}
            onClick={() => setTransfer({ kind: 'selected', ids: selected })}
          >
            {t('customers.list.transferSelected')}
          </Button>
          <Button size="small" type="link" onClick={() => setSelected([])}>
            {t('customers.list.clearSelection')}
          </Button>
        </Flex>
      )}
      <CustomersTable
        customers={list.items}
        loading={list.isLoading}
        columns={columns}
        sort={state.sort}
        onSortChange={(sort) => setState({ ...state, sort })}
        selection={mayReassign ? { keys: selected, onChange: setSelected } : undefined}
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
    </>
  );
}
