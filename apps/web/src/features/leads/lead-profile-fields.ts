import type { ParseKeys } from 'i18next';

/** The label of a lead profile field of the page layout (`phones` reads as 'Phone'). */
export function leadFieldLabelKey(field: string): ParseKeys {
  const label = field === 'phones' ? 'phone' : field === 'emails' ? 'email' : field;
  return `leads.fields.${label}` as ParseKeys;
}
