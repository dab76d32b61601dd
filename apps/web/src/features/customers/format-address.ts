import type { Address } from './customer-types';

const CJK = /[\u3400-\u9fff]/;

/**
 * One line for an address, largest part first as written in China (省市区街道), or
 * street first with commas for a Latin-script address. A city named like its
 * province (北京市 / 北京市) is written once.
 */
export function formatAddress(address: Partial<Address>): string {
  const { country, province, city, district, street, postalCode } = address;
  const parts = [country, province, city === province ? undefined : city, district, street]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  if (parts.length === 0) return postalCode?.trim() ?? '';
  if (parts.some((part) => CJK.test(part))) {
    const domestic = country === '中国' && parts.length > 1 ? parts.slice(1) : parts;
    return domestic.join('') + (postalCode ? ` ${postalCode}` : '');
  }
  const latin = [...parts].reverse();
  if (postalCode) latin.splice(latin.length - 1, 0, postalCode);
  return latin.join(', ');
}

/** The entry marked primary, or the first one. */
export function primaryOf<T extends { primary?: boolean }>(entries: readonly T[]): T | undefined {
  return entries.find((entry) => entry.primary) ?? entries[0];
}
