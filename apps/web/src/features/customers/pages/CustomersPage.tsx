import { PlusOutlined, SaveOutlined, UploadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { usePhoneScreen } from '../../../shared/components/ResponsiveFilters';
import { ListPage } from '../../../shared/list/ListPage';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { useSession } from '../../auth/hooks/use-session';
import { SaveSegmentModal } from '../../segments/components/SaveSegmentModal';
import { SegmentSelect } from '../../segments/components/SegmentSelect';
import { canSaveAsSegment } from '../../segments/segment-filter';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { CustomerFilters } from '../components/CustomerFilters';
import { CustomerFormDrawer } from '../components/CustomerFormDrawer';
import { CustomerSelectionBar } from '../components/CustomerSelectionBar';
import { CustomersTable } from '../components/CustomersTable';
import { ExportCustomersButton } from '../components/ExportCustomersButton';
import { TransferOwnerModal, type TransferTarget } from '../components/TransferOwnerModal';
import {
  clearCustomerColumnWidths,
  DEFAULT_CUSTOMER_COLUMNS,
  CUSTOMER_COLUMN_KEYS,
  FIXED_CUSTOMER_COLUMNS,
  normalizeColumns,
  readCustomerColumns,
  readCustomerColumnWidths,
  writeCustomerColumns,
  writeCustomerColumnWidths,
  type CustomerColumnKey,
  type CustomerColumnWidths,
} from '../customer-columns';
import {
  customerListCodec,
  toCustomerListQuery,
  type CustomerListState,
} from '../customer-list-filters';
import { customerListSource } from '../hooks/customer-list-source';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import { describeProblem } from '../../../shared/api/describe-problem';
import { useColumnLayout } from '../../../shared/list/use-column-layout';
import { ListColumnChooser } from '../../../shared/custom-fields/ListColumnChooser';
import { localized } from '../../../shared/custom-fields/custom-field-values';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';

function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
}

export function CustomersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const phone = usePhoneScreen();
  const { user } = useSession();
  const page = useListPageState({
    codec: customerListCodec,
    toQuery: toCustomerListQuery,
    source: customerListSource,
  });
  const { state, query, list, selection } = page;
  const { teams } = useTeamOptions(ability.can('read', 'Team'));
  const { owners, complete: mayListUsers } = useOwnerOptions();
  const { language } = useAppLanguage();
  const { definitions: customFields } = useCustomFields('customer');
  const customColumns = useMemo(
    () =>
      customFields.map((definition) => ({
        key: `cf.${definition.key}` as const,
        label: localized(definition.label, language),
      })),
    [customFields, language],
  );
  // The columns follow the user to any device (layouts API); this browser's choice until read.
  const columnLayout = useColumnLayout('customer-list');
  const [chosenColumns, setChosenColumns] = useState<CustomerColumnKey[] | null>(null);
  const columns =
    chosenColumns ??
    (columnLayout.columns
      ? normalizeColumns(columnLayout.columns)
      : readCustomerColumns(localStorage, user.id));
  const [widths, setWidths] = useState<CustomerColumnWidths>(() =>
    readCustomerColumnWidths(localStorage, user.id),
  );
  const [creating, setCreating] = useState(false);
  const [transfer, setTransfer] = useState<TransferTarget | null>(null);
  const [savingSegment, setSavingSegment] = useState<CustomerListState | null>(null);

  const mayCreate = ability.can('create', 'Customer');
  const mayReassign = ability.can('reassign', 'Customer');
  const mayReadSegments = ability.can('read', 'Segment');
  const maySaveSegment = ability.can('create', 'Segment');
  // Any bulk action: transfer, tagging, or adding to a static list.
  const maySelect = mayReassign || ability.can('update', 'Customer') || maySaveSegment;

  const keepColumns = (next: CustomerColumnKey[], layout: string[] | null) => {
    setChosenColumns(next);
    writeCustomerColumns(localStorage, user.id, next);
    columnLayout.save(layout).catch((error: unknown) => {
      void message.error(describeProblem(t, error).message);
    });
  };
  const chooseColumns = (next: CustomerColumnKey[]) => keepColumns(next, next);
  const resizeColumn = (key: CustomerColumnKey, width: number) => {
    const next = { ...widths, [key]: width };
    setWidths(next);
    writeCustomerColumnWidths(localStorage, user.id, next);
  };
  const resetColumns = () => {
    keepColumns([...DEFAULT_CUSTOMER_COLUMNS], null);
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
  const createButton = mayCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('customers.new')}
    </Button>
  );

  return (
    <>
      <ListPage
        page={page}
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
            {createButton}
          </>
        }
        searchPlaceholder={t('customers.searchPlaceholder')}
        searchWidth={300}
        beforeFilters={
          mayReadSegments && (
            <SegmentSelect
              value={state.segmentId}
              onChange={(segmentId) => page.patch({ segmentId })}
            />
          )
        }
        filters={
          <CustomerFilters
            state={state}
            onChange={page.setState}
            teams={ability.can('read', 'Team') ? teams : null}
            tagFilters={ability.can('read', 'Tag')}
            owners={owners}
            currentUserId={user.id}
            suggestions={suggestions}
            customFields={customFields}
          />
        }
        toolbarActions={
          <>
            {maySaveSegment && (
              <Tooltip
                title={canSaveAsSegment(state) ? undefined : t('segments.save.disabledHelp')}
              >
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
            <ListColumnChooser
              builtIn={CUSTOMER_COLUMN_KEYS.map((key) => ({
                key,
                label: t(`customers.fields.${key}`),
                fixed: FIXED_CUSTOMER_COLUMNS.includes(key),
              }))}
              custom={customColumns}
              value={columns}
              onChange={(next) => chooseColumns(normalizeColumns(next))}
              onReset={resetColumns}
              help={t('customers.list.columnsHelp')}
            />
          </>
        }
        total={{
          testId: 'customer-total',
          text: (total, estimate) =>
            t(estimate ? 'customers.list.totalEstimate' : 'customers.list.total', { total }),
        }}
        selectionBar={
          selection.keys.length > 0 && (
            <CustomerSelectionBar
              selected={selection.keys}
              segmentId={state.segmentId}
              onTransfer={
                mayReassign
                  ? () => setTransfer({ kind: 'selected', ids: selection.keys })
                  : undefined
              }
              onClear={selection.clear}
            />
          )
        }
        empty={{
          none: t('customers.list.empty'),
          action: createButton,
          noMatch: t('customers.list.noMatch'),
          showAll: t('customers.list.showAll'),
        }}
      >
        {(empty) => (
          <CustomersTable
            customers={list.items}
            loading={list.isLoading}
            columns={columns}
            widths={widths}
            onWidthChange={resizeColumn}
            phone={phone}
            customFields={customFields}
            sort={state.sort}
            onSortChange={(sort) => page.patch({ sort })}
            selection={maySelect ? selection : undefined}
            empty={empty}
          />
        )}
      </ListPage>
      <CustomerFormDrawer
        open={creating}
        customer={null}
        onClose={() => setCreating(false)}
        onSaved={(customer) => void navigate(`/customers/${customer.id}`)}
      />
      <TransferOwnerModal
        target={transfer}
        onClose={() => setTransfer(null)}
        onDone={selection.clear}
      />
      <SaveSegmentModal state={savingSegment} onClose={() => setSavingSegment(null)} />
    </>
  );
}
