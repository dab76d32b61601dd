import type { CustomFieldValue } from '@kehu/domain';
import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateStringPicker } from '../components/DateStringPicker';
import { useAppLanguage } from '../i18n/use-app-language';
import { OwnerSelect } from '../owners/OwnerSelect';
import { useOwnerOptions } from '../owners/use-owner-options';
import type { CustomFieldDefinition } from './custom-field-types';
import { localized } from './custom-field-values';

export interface CustomFieldInputProps {
  definition: Pick<CustomFieldDefinition, 'key' | 'type' | 'options' | 'min' | 'max' | 'label'>;
  value?: CustomFieldValue | null;
  onChange?: (value: CustomFieldValue | null) => void;
  disabled?: boolean;
  id?: string;
  /** The record's stored value: a deactivated option it holds is still offered. */
  stored?: CustomFieldValue | null;
}

const FULL_WIDTH = { width: '100%' } as const;

/** The options a select offers: the active ones, and any inactive one the record holds. */
function selectOptions(
  definition: CustomFieldInputProps['definition'],
  language: string,
  kept: readonly string[],
  inactiveText: string,
) {
  return definition.options
    .filter((option) => option.active || kept.includes(option.key))
    .map((option) => ({
      value: option.key,
      label: option.active
        ? localized(option.label, language)
        : `${localized(option.label, language)}（${inactiveText}）`,
      disabled: !option.active,
    }));
}

function UserInput({ value, onChange, disabled, id }: CustomFieldInputProps) {
  const { owners } = useOwnerOptions(!disabled);
  return (
    <OwnerSelect
      id={id}
      owners={owners}
      allowClear
      disabled={disabled}
      value={typeof value === 'string' ? value : undefined}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}

/** The input of one custom field, by its type; its value has the API's form. */
export function CustomFieldInput(props: CustomFieldInputProps) {
  const { definition, value, onChange, disabled, id, stored } = props;
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const text = typeof value === 'string' ? value : undefined;
  const change = (next: CustomFieldValue | null | undefined) => onChange?.(next ?? null);
  const min = definition.min ?? undefined;
  const max = definition.max ?? undefined;
  const common = { id, disabled, 'aria-label': localized(definition.label, language) };

  switch (definition.type) {
    case 'text':
      return (
        <Input {...common} value={text} onChange={(e) => change(e.target.value)} maxLength={500} />
      );
    case 'long_text':
      return (
        <Input.TextArea
          {...common}
          value={text}
          onChange={(e) => change(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={10_000}
        />
      );
    case 'number':
    case 'percent':
      return (
        <InputNumber<number>
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => change(next)}
          min={min}
          max={max}
          suffix={definition.type === 'percent' ? '%' : undefined}
          style={FULL_WIDTH}
        />
      );
    case 'currency':
      return (
        <InputNumber<string>
          {...common}
          stringMode
          precision={2}
          value={value === null || value === undefined ? null : String(value)}
          onChange={(next) => change(next)}
          min={min === undefined ? undefined : String(min)}
          max={max === undefined ? undefined : String(max)}
          style={FULL_WIDTH}
        />
      );
    case 'date':
      return <DateStringPicker {...common} value={text} onChange={(next) => change(next)} />;
    case 'datetime':
      return (
        <DatePicker
          {...common}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={text ? dayjs(text) : null}
          onChange={(date) => change(date ? date.toISOString() : null)}
          style={FULL_WIDTH}
        />
      );
    case 'boolean':
      return (
        <Switch
          {...common}
          checked={value === true}
          onChange={(checked) => change(checked)}
          checkedChildren={t('customFields.yes')}
          unCheckedChildren={t('customFields.no')}
        />
      );
    case 'single_select':
      return (
        <Select<string>
          {...common}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={text}
          onChange={(next) => change(next)}
          options={selectOptions(
            definition,
            language,
            typeof stored === 'string' ? [stored] : [],
            t('customFields.settings.options.inactive'),
          )}
        />
      );
    case 'multi_select':
      return (
        <Select<string[]>
          {...common}
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={Array.isArray(value) ? value : []}
          onChange={(next) => change(next)}
          options={selectOptions(
            definition,
            language,
            Array.isArray(stored) ? stored : [],
            t('customFields.settings.options.inactive'),
          )}
        />
      );
    case 'user':
      return <UserInput {...props} />;
    case 'url':
      return (
        <Input
          {...common}
          value={text}
          onChange={(e) => change(e.target.value)}
          inputMode="url"
          placeholder="https://"
          maxLength={2000}
        />
      );
    case 'email':
      return (
        <Input
          {...common}
          value={text}
          onChange={(e) => change(e.target.value)}
          inputMode="email"
          maxLength={254}
        />
      );
    case 'phone':
      return (
        <Input
          {...common}
          value={text}
          onChange={(e) => change(e.target.value)}
          inputMode="tel"
          maxLength={40}
        />
      );
  }
}
