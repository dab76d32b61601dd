import { PlusOutlined, UploadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { ResponsiveFilters } from '../../../shared/components/ResponsiveFilters';
import { useOwnerOptions } from '../../customers/hooks/use-owner-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { AssignLeadsModal } from '../components/AssignLeadsModal';
import { ExportLeadsButton } from '../components/ExportLeadsButton';
import { LeadFilters } from '../components/LeadFilters';
import { LeadFormDrawer } from '../components/LeadFormDrawer';
import { LeadsTable } from '../components/LeadsTable';
import {
  activeLeadFilterCount,
  parseLeadListState,
  toLeadListParams,
  toLeadListQuery,
  withoutLeadFilters,
  type LeadListState,
} from '../lead-list-filters';
import { useLeadsList } from '../hooks/use-leads-list';

/** The leads list: search, filters and sort in the address, keyset "load more". */
export function LeadsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const state = useMemo(() => parseLeadListState(new URLSearchParams(paramsKey)), [paramsKey]);
  const query = useMemo(() => toLeadListQuery(state), [state]);
  const list = useLeadsList(query);
  const mayReadTeams = ability.can('read', 'Team');
  const { teams } = useTeamOptions(mayReadTeams);
  const { owners, complete } = useOwnerOptions();
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState(false);

  const mayCreate = ability.can('create', 'Lead');
  const mayReassign = ability.can('reassign', 'Lead') && complete;
  const filtered = activeLeadFilterCount(state) > 0 || Boolean(state.q);
  const setState = (next: LeadListState) =>
    setSearchParams(toLeadListParams(next), { replace: true });

  const empty = filtered ? (
    <Empty description={t('leads.list.noMatch')}>
      <Button onClick={() => setState({ ...withoutLeadFilters(state), q: undefined })}>
        {t('leads.list.showAll')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t('leads.list.empty')}>
      {mayCreate && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('leads.new')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('leads.title')}
        subtitle={t('leads.subtitle')}
        actions={
          <>
            {ability.can('export', 'Lead') && <ExportLeadsButton query={query} />}
            {ability.can('import', 'Lead') && (
              <Button icon={<UploadOutlined />} onClick={() => void navigate('/leads/import')}>
                {t('imports.openWizard')}
              </Button>
            )}
            {mayCreate && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('leads.new')}
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
          placeholder={t('leads.searchPlaceholder')}
          aria-label={t('leads.searchPlaceholder')}
          onSearch={(text) => setState({ ...state, q: text.trim() || undefined })}
          style={{ width: 280 }}
        />
        <ResponsiveFilters active={activeLeadFilterCount(state)}>
          <LeadFilters
            state={state}
            onChange={setState}
            teams={mayReadTeams ? teams : null}
            owners={complete ? owners : []}
          />
        </ResponsiveFilters>
      </Flex>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      {selected.length > 0 && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('leads.list.selected', { count: selected.length })}</Typography.Text>
          <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
            {t('leads.list.reassignSelected')}
          </Button>
          <Button type="link" onClick={() => setSelected([])}>
            {t('leads.list.clearSelection')}
          </Button>
        </Flex>
      )}
      <LeadsTable
        leads={list.items}
        loading={list.isLoading}
        selection={mayReassign ? { keys: selected, onChange: setSelected } : undefined}
        empty={list.isLoading ? ' ' : empty}
      />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <LeadFormDrawer
        open={creating}
        lead={null}
        onClose={() => setCreating(false)}
        onSaved={(lead) => void navigate(`/leads/${lead.id}`)}
      />
      <AssignLeadsModal
        target={assigning ? { ids: selected } : null}
        onClose={() => setAssigning(false)}
        onDone={() => setSelected([])}
      />
    </>
  );
}
