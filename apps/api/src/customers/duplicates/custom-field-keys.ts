import { sha256 } from '../../common/crypto/sha256';

/** customer_keys.value holds up to 320 characters; a custom field's text can be longer. */
const KEY_VALUE_MAX_LENGTH = 320;

/**
 * A custom field's comparison key as customer_keys stores it: as it is when it fits, else
 * its SHA-256 (equal keys still give equal values, so the unique index still holds).
 */
export function customFieldKeyValue(key: string): string {
  return key.length <= KEY_VALUE_MAX_LENGTH ? key : `sha256:${sha256(key)}`;
}
