import { ClearOutlined } from '@ant-design/icons';
import type { TeamResponse } from '@kehu/contracts';
import { AutoComplete, Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TagSelect } from '../../tags/components/TagSelect';
import {
  activeFilterCount,
  MAX_TAG_FILTER,
  withoutFilters,
  type CustomerListState,
} from '../customer-list-filters';
import { CUSTOMER_KINDS, CUSTOMER_ROLES, CUSTOMER_TIERS } from '../customer-options';
import type { OwnerOption } from '../../../shared/owners/use-owner-options';
import { CustomFieldFilterInputs } from '../../../shared/custom-fields/CustomFieldFilterInputs';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';

const DAY = 'YYYY-MM-DD';

interface CustomerFiltersProps {
  state: CustomerListState;
  onChange: (state: CustomerListState) => void;
  /** Null when the user may not read teams: the team filter is left out. */
  teams: TeamResponse[] | null;
  /** False when the user may not read tags: the tag filters are left out. */
  tagFilters: boolean;
  owners: OwnerOption[];
  currentUserId: string;
  /** Values seen in the loaded rows, offered while typing an exact industry or region. */
  suggestions: { industries: string[]; regions: string[] };
  /** The custom fields the user sees; the filterable ones get a filter (`cf.<key>`). */
  customFields?: readonly CustomFieldDefinition[];
}

/** Free text matched exactly by the API, with the values already on screen as suggestions. */
function ExactTextFilter({
  value,
  placeholder,
  options,
  onChange,
}: {
  value: string | undefined;
  placeholder: string;
  options: string[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <AutoComplete
      allowClear
      value={value}
      placeholder={placeholder}
      aria-label={placeholder}
      options={options.map((option) => ({ value: option }))}
      showSearch={{
        filterOption: (input, option) =>
          String(option?.value ?? '')
            .toLowerCase()
            .includes(input.toLowerCase()),
      }}
      onChange={(text: string | undefined) => onChange(text?.trim() || undefined)}
      style={{ width: 120 }}
    />
  );
}

export function CustomerFilters({
  state,
  onChange,
  teams,
  tagFilters,
  owners,
  currentUserId,
  suggestions,
  customFields = [],
}: CustomerFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<CustomerListState>) => onChange({ ...state, ...patch });
  const active = activeFilterCount(state);

  return (
    <>
      <Select
        allowClear
        placeholder={t('customers.list.anyKind')}
        aria-label={t('customers.fields.kind')}
        value={state.kind}
        onChange={(kind) => set({ kind })}
        options={CUSTOMER_KINDS.map((kind) => ({
          value: kind,
          label: t(`customers.kinds.${kind}`),
        }))}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t('customers.list.anyTier')}
        aria-label={t('customers.fields.tier')}
        value={state.tier}
        onChange={(tier) => set({ tier })}
        options={CUSTOMER_TIERS.map((tier) => ({
          value: tier,
          label: t(`customers.tiers.${tier}`),
        }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t('customers.list.anyRole')}
        aria-label={t('customers.fields.roles')}
        value={state.role}
        onChange={(role) => set({ role })}
        options={CUSTOMER_ROLES.map((role) => ({
          value: role,
          label: t(`customers.roles.${role}`),
        }))}
        style={{ width: 130 }}
      />
      {tagFilters && (
        <>
          <TagSelect
            value={state.tagId ?? []}
            onChange={(ids) => set({ tagId: ids.length > 0 ? ids : undefined })}
            placeholder={t('tags.filter.allOf')}
            aria-label={t('tags.filter.allOf')}
            maxCount={MAX_TAG_FILTER}
            style={{ minWidth: 170, maxWidth: 320 }}
          />
          <TagSelect
            value={state.anyTagId ?? []}
            onChange={(ids) => set({ anyTagId: ids.length > 0 ? ids : undefined })}
            placeholder={t('tags.filter.anyOf')}
            aria-label={t('tags.filter.anyOf')}
            maxCount={MAX_TAG_FILTER}
            style={{ minWidth: 170, maxWidth: 320 }}
          />
        </>
      )}
      {teams && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('customers.list.anyTeam')}
          aria-label={t('customers.fields.team')}
          value={state.teamId}
          onChange={(teamId) => set({ teamId })}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          style={{ width: 140 }}
        />
      )}
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('customers.list.anyOwner')}
        aria-label={t('customers.fields.owner')}
        value={state.ownerId}
        onChange={(ownerId) => set({ ownerId })}
        options={owners.map((owner) => ({
          value: owner.id,
          label:
            owner.id === currentUserId ? t('customers.list.me', { name: owner.name }) : owner.name,
        }))}
        style={{ width: 160 }}
      />
      <ExactTextFilter
        value={state.industry}
        placeholder={t('customers.fields.industry')}
        options={suggestions.industries}
        onChange={(industry) => set({ industry })}
      />
      <ExactTextFilter
        value={state.region}
        placeholder={t('customers.fields.region')}
        options={suggestions.regions}
        onChange={(region) => set({ region })}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        aria-label={t('customers.list.createdRange')}
        placeholder={[t('customers.list.createdFrom'), t('customers.list.createdTo')]}
        value={[
          state.createdFrom ? dayjs(state.createdFrom, DAY) : null,
          state.createdTo ? dayjs(state.createdTo, DAY) : null,
        ]}
        onChange={(range) =>
          set({
            createdFrom: range?.[0]?.format(DAY) ?? undefined,
            createdTo: range?.[1]?.format(DAY) ?? undefined,
          })
        }
        style={{ width: 250 }}
      />
      <CustomFieldFilterInputs
        definitions={customFields}
        value={state.cf}
        onChange={(cf) => set({ cf })}
      />
      {active > 0 && (
        <Button
          type="link"
          icon={<ClearOutlined />}
          onClick={() => onChange(withoutFilters(state))}
        >
          {t('customers.list.clearFilters', { count: active })}
        </Button>
      )}
    </>
  );
}
