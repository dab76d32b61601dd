import { PlusOutlined, UploadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ListPage } from '../../../shared/list/ListPage';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { AssignLeadsModal } from '../components/AssignLeadsModal';
import { ExportLeadsButton } from '../components/ExportLeadsButton';
import { LeadFilters } from '../components/LeadFilters';
import { LeadFormDrawer } from '../components/LeadFormDrawer';
import { LEAD_COLUMN_KEYS, LeadsTable } from '../components/LeadsTable';
import { describeProblem } from '../../../shared/api/describe-problem';
import { localized } from '../../../shared/custom-fields/custom-field-values';
import { ListColumnChooser } from '../../../shared/custom-fields/ListColumnChooser';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useColumnLayout } from '../../../shared/list/use-column-layout';
import { leadListSource } from '../hooks/lead-list-source';
import { leadListCodec, toLeadListQuery } from '../lead-list-filters';

/** The leads list: search, filters and sort in the address, keyset "load more". */
export function LeadsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const page = useListPageState({
    codec: leadListCodec,
    toQuery: toLeadListQuery,
    source: leadListSource,
  });
  const { state, query, list, selection } = page;
  const mayReadTeams = ability.can('read', 'Team');
  const { teams } = useTeamOptions(mayReadTeams);
  const { owners, complete } = useOwnerOptions();
  const { message } = App.useApp();
  const { language } = useAppLanguage();
  const { definitions: customFields } = useCustomFields('lead');
  const columnLayout = useColumnLayout('lead-list');
  const [chosenColumns, setChosenColumns] = useState<string[] | null>(null);
  const columns = chosenColumns ?? columnLayout.columns ?? [...LEAD_COLUMN_KEYS];
  const keepColumns = (next: string[] | null) => {
    setChosenColumns(next ?? [...LEAD_COLUMN_KEYS]);
    columnLayout.save(next).catch((error: unknown) => {
      void message.error(describeProblem(t, error).message);
    });
  };
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState(false);

  const mayCreate = ability.can('create', 'Lead');
  const mayReassign = ability.can('reassign', 'Lead') && complete;
  const createButton = mayCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('leads.new')}
    </Button>
  );

  return (
    <>
      <ListPage
        page={page}
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
            {createButton}
          </>
        }
        searchPlaceholder={t('leads.searchPlaceholder')}
        filters={
          <LeadFilters
            state={state}
            onChange={page.setState}
            teams={mayReadTeams ? teams : null}
            owners={complete ? owners : []}
            customFields={customFields}
          />
        }
        toolbarActions={
          <ListColumnChooser
            builtIn={LEAD_COLUMN_KEYS.map((key) => ({
              key,
              label: t(`leads.fields.${key}`),
              fixed: key === 'name',
            }))}
            custom={customFields.map((definition) => ({
              key: `cf.${definition.key}`,
              label: localized(definition.label, language),
            }))}
            value={columns}
            onChange={keepColumns}
            onReset={() => keepColumns(null)}
          />
        }
        selectionBar={
          selection.keys.length > 0 && (
            <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
              <Typography.Text>
                {t('leads.list.selected', { count: selection.keys.length })}
              </Typography.Text>
              <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
                {t('leads.list.reassignSelected')}
              </Button>
              <Button type="link" onClick={selection.clear}>
                {t('leads.list.clearSelection')}
              </Button>
            </Flex>
          )
        }
        empty={{
          none: t('leads.list.empty'),
          action: createButton,
          noMatch: t('leads.list.noMatch'),
          showAll: t('leads.list.showAll'),
        }}
      >
        {(empty) => (
          <LeadsTable
            leads={list.items}
            loading={list.isLoading}
            columns={columns}
            customFields={customFields}
            sort={state.sort}
            onSortChange={(sort) => page.patch({ sort })}
            selection={mayReassign ? selection : undefined}
            empty={empty}
          />
        )}
      </ListPage>
      <LeadFormDrawer
        open={creating}
        lead={null}
        onClose={() => setCreating(false)}
        onSaved={(lead) => void navigate(`/leads/${lead.id}`)}
      />
      <AssignLeadsModal
        target={assigning ? { ids: selection.keys } : null}
        onClose={() => setAssigning(false)}
        onDone={selection.clear}
      />
    </>
  );
}
