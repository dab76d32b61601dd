import { ClearOutlined } from '@ant-design/icons';
import type { TeamResponse } from '@kehu/contracts';
import { Button, Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OwnerOption } from '../../../shared/owners/use-owner-options';
import { CustomFieldFilterInputs } from '../../../shared/custom-fields/CustomFieldFilterInputs';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { localized } from '../../../shared/custom-fields/custom-field-values';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import {
  activeLeadFilterCount,
  withoutLeadFilters,
  type LeadListSort,
  type LeadListState,
} from '../lead-list-filters';
import { LEAD_SORTS, LEAD_SOURCES, LEAD_STATUSES } from '../lead-options';

interface LeadFiltersProps {
  state: LeadListState;
  onChange: (state: LeadListState) => void;
  /** Null when the user may not read teams: the team filter is left out. */
  teams: TeamResponse[] | null;
  owners: OwnerOption[];
  /** The lead fields the user sees: filterable ones get a filter, sortable ones a sort. */
  customFields?: readonly CustomFieldDefinition[];
}

/** Status, source, owner, team, region, follow-up due and sort of the leads list. */
export function LeadFilters({
  state,
  onChange,
  teams,
  owners,
  customFields = [],
}: LeadFiltersProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const customSorts = customFields
    .filter((definition) => definition.sortable)
    .flatMap((definition) => {
      const label = localized(definition.label, language);
      return [
        {
          value: `cf.${definition.key}` as const,
          label: t('customFields.sort.ascending', { label }),
        },
        {
          value: `-cf.${definition.key}` as const,
          label: t('customFields.sort.descending', { label }),
        },
      ];
    });
  return (
    <>
      <Select
        allowClear
        value={state.status}
        placeholder={t('leads.filters.status')}
        aria-label={t('leads.filters.status')}
        options={LEAD_STATUSES.map((value) => ({ value, label: t(`leads.statuses.${value}`) }))}
        onChange={(status) => onChange({ ...state, status })}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        value={state.source}
        placeholder={t('leads.filters.source')}
        aria-label={t('leads.filters.source')}
        options={LEAD_SOURCES.map((value) => ({ value, label: t(`leads.sources.${value}`) }))}
        onChange={(source) => onChange({ ...state, source })}
        style={{ width: 120 }}
      />
      {owners.length > 1 && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={state.ownerId}
          disabled={state.unassigned}
          placeholder={t('leads.filters.owner')}
          aria-label={t('leads.filters.owner')}
          options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
          onChange={(ownerId) => onChange({ ...state, ownerId })}
          style={{ width: 140 }}
        />
      )}
      {teams && (
        <Select
          allowClear
          value={state.teamId}
          placeholder={t('leads.filters.team')}
          aria-label={t('leads.filters.team')}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          onChange={(teamId) => onChange({ ...state, teamId })}
          style={{ width: 140 }}
        />
      )}
      <Input
        key={state.region ?? ''}
        allowClear
        defaultValue={state.region}
        placeholder={t('leads.filters.region')}
        aria-label={t('leads.filters.region')}
        onBlur={(event) => onChange({ ...state, region: event.target.value.trim() || undefined })}
        onPressEnter={(event) =>
          onChange({ ...state, region: event.currentTarget.value.trim() || undefined })
        }
        style={{ width: 110 }}
      />
      <Checkbox
        checked={Boolean(state.followUpDue)}
        onChange={(event) => onChange({ ...state, followUpDue: event.target.checked || undefined })}
      >
        {t('leads.filters.followUpDue')}
      </Checkbox>
      {owners.length > 1 && (
        <Checkbox
          checked={Boolean(state.unassigned)}
          onChange={(event) =>
            onChange({ ...state, unassigned: event.target.checked || undefined })
          }
        >
          {t('leads.filters.unassigned')}
        </Checkbox>
      )}
      <CustomFieldFilterInputs
        definitions={customFields}
        value={state.cf}
        onChange={(cf) => onChange({ ...state, cf })}
      />
      <Select<LeadListSort>
        value={state.sort}
        aria-label={t('leads.filters.sort')}
        options={[
          ...LEAD_SORTS.map((value) => ({ value, label: t(`leads.sorts.${value}`) })),
          ...customSorts,
        ]}
        onChange={(sort) => onChange({ ...state, sort })}
        style={{ width: 150 }}
      />
      {activeLeadFilterCount(state) > 0 && (
        <Button icon={<ClearOutlined />} onClick={() => onChange(withoutLeadFilters(state))}>
          {t('leads.list.showAll')}
        </Button>
      )}
    </>
  );
}
