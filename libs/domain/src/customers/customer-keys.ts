import type { CustomerKeys, CustomerKind } from './duplicate-score';
import { normalizeAddress } from './normalize-address';
import { normalizeEmail } from './normalize-email';
import { companyNameParts, normalizePersonName } from './normalize-name';
import { normalizePhone } from './normalize-phone';
import { normalizeTaxId } from './normalize-tax-id';

/** The fields of a customer that the duplicate check reads, as entered. */
export type CustomerKeySource = {
  kind: CustomerKind;
  name: string;
  phones: readonly string[];
  emails: readonly string[];
  taxId?: string | null;
  addresses: readonly string[];
};

export type CustomerKeysOptions = {
  /** Country calling code for phone numbers written without one; China (`86`) by default. */
  defaultCountryCode?: string;
};

/**
 * The normalized keys stored beside a customer and compared by the duplicate check.
 * Values that are not a phone number, an email or an address are left out; each list
 * is de-duplicated and sorted, so equal customers give equal keys.
 */
export function customerKeys(
  customer: CustomerKeySource,
  options: CustomerKeysOptions = {},
): CustomerKeys {
  const name =
    customer.kind === 'company'
      ? companyNameParts(customer.name)
      : { core: normalizePersonName(customer.name), regions: [] };
  return {
    kind: customer.kind,
    nameKey: name.core,
    nameRegions: name.regions,
    phones: distinctSorted(
      customer.phones.map((phone) => normalizePhone(phone, options.defaultCountryCode)),
    ),
    emails: distinctSorted(customer.emails.map(normalizeEmail)),
    taxId: customer.taxId ? normalizeTaxId(customer.taxId) : null,
    addressKeys: distinctSorted(customer.addresses.map(normalizeAddress)),
  };
}

function distinctSorted(values: readonly (string | null)[]): string[] {
  const distinct = new Set<string>();
  for (const value of values) {
    if (value) distinct.add(value);
  }
  return [...distinct].sort();
}
