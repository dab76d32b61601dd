import { inferPhoneType } from '@kehu/domain';
import type { PhoneType } from './customer-types';

/**
 * The type a phone row shows once its number is `value`: the one the number tells
 * (`mobile` for a mobile such as 138…, `work` for a landline), as the API infers it,
 * unless the user picked the type themselves or it is one the number cannot tell
 * (home, fax, other). While the number tells nothing yet, the type stays.
 */
export function preselectedPhoneType(
  value: string,
  current: PhoneType | undefined,
  pickedByUser: boolean,
): PhoneType | undefined {
  if (pickedByUser) return current;
  if (current !== undefined && current !== 'mobile' && current !== 'work') return current;
  return inferPhoneType(value) ?? current;
}
