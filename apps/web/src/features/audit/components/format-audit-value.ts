import dayjs from 'dayjs';
import { type EnumName, enumLabelKey } from '../../../shared/i18n/enum-labels';
import { CONTACT_POINT_TYPES, ENUM_FIELDS, isKnownAuditEntity, MONEY_FIELDS } from './audit-fields';

/** An old or new value of an audited field as plain text; null when the field was empty. */
export function formatAuditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(', ');
  return JSON.stringify(value);
}

/** What the audit log needs to show values in the user's language. */
export interface AuditValueContext {
  /** The translation at a key, or undefined when there is none. */
  label: (key: string) => string | undefined;
  language: string;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An audited value in the user's language: enum codes as their labels, booleans as
 * 是/否, times in local time, amounts with two decimals, contact points and addresses
 * as text. Null when the field was empty.
 */
export function describeAuditValue(
  entity: string,
  field: string,
  value: unknown,
  context: AuditValueContext,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const { label, language } = context;
  const separator = language === 'en' ? ', ' : '、';
  const enumName: EnumName | undefined = isKnownAuditEntity(entity)
    ? ENUM_FIELDS[entity]?.[field]
    : undefined;
  const enumText = (name: EnumName, code: string) => label(enumLabelKey(name, code)) ?? code;

  if (typeof value === 'boolean') return label(value ? 'audit.yes' : 'audit.no') ?? String(value);
  if (typeof value === 'string') {
    if (enumName) return enumText(enumName, value);
    if (ISO_DATE_TIME.test(value) && dayjs(value).isValid())
      return dayjs(value).format('YYYY-MM-DD HH:mm');
    if (MONEY_FIELDS.has(field) && Number.isFinite(Number(value)))
      return new Intl.NumberFormat(language, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(Number(value));
    return value;
  }
  if (typeof value === 'number') {
    return MONEY_FIELDS.has(field)
      ? new Intl.NumberFormat(language, {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(value)
      : String(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((item) => typeof item === 'string'))
      return value.map((item) => (enumName ? enumText(enumName, item) : item)).join(separator);
    const typeEnum = CONTACT_POINT_TYPES[field];
    if (value.every(isRecord)) {
      return value
        .map((item) => {
          const type =
            typeof item.type === 'string' && typeEnum ? enumText(typeEnum, item.type) : undefined;
          const text =
            typeof item.value === 'string'
              ? item.value
              : ['country', 'province', 'city', 'district', 'street', 'postalCode']
                  .map((part) => item[part])
                  .filter((part): part is string => typeof part === 'string' && part !== '')
                  .join(' ');
          const primary = item.primary === true ? ` (${label('audit.primary') ?? 'primary'})` : '';
          return `${type ? `${type} ` : ''}${text}${primary}`;
        })
        .join(separator);
    }
  }
  return JSON.stringify(value);
}
