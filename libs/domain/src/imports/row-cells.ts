import { normalizeEmail } from '../customers/normalize-email';
import { classifyPhone, type InferredPhoneType } from '../customers/normalize-phone';

/** Why one cell of a row was refused. */
export interface CellError<Field extends string> {
  column: Field;
  reason: string;
}

/**
 * Reads the cells of a mapped row: trimmed, an empty cell is absent, and a cell longer
 * than its field's limit is an error (and absent).
 */
export function cellReader<Field extends string>(
  cells: Partial<Record<Field, string>>,
  limits: Partial<Record<Field, number>>,
  errors: Array<CellError<Field>>,
): (field: Field) => string | undefined {
  return (field) => {
    const raw = cells[field]?.trim();
    if (!raw) return undefined;
    const limit = limits[field];
    if (limit !== undefined && raw.length > limit) {
      errors.push({ column: field, reason: `is longer than ${limit} characters` });
      return undefined;
    }
    return raw;
  };
}

/** The phones of a row: contact points as a record stores them, and their keys. */
export interface PhoneCells {
  /** The first is primary; the type is the one the number is of (`mobile` or `work`). */
  phones: Array<{ type: InferredPhoneType; value: string; primary: boolean }>;
  /** The comparison key of each phone, in order, as `normalizePhone` gives it. */
  keys: string[];
}

/**
 * The phone columns of a row as contact points, each number validated and classified
 * once, as the API does for a phone written with no type: a number that is no valid
 * phone number is an error, a mobile is `mobile`, a landline or service number `work`,
 * whichever column it is in. Kept as written; its key comes with it.
 */
export function phoneCells<Field extends string>(
  value: (field: Field) => string | undefined,
  columns: readonly Field[],
  errors: Array<CellError<Field>>,
): PhoneCells {
  const cells: PhoneCells = { phones: [], keys: [] };
  for (const field of columns) {
    const phone = value(field);
    if (phone === undefined) continue;
    const classified = classifyPhone(phone);
    if (classified === null) {
      errors.push({ column: field, reason: `"${phone}" ${NOT_A_PHONE_NUMBER}` });
      continue;
    }
    cells.phones.push({ type: classified.type, value: phone, primary: cells.phones.length === 0 });
    cells.keys.push(classified.key);
  }
  return cells;
}

const NOT_A_PHONE_NUMBER =
  'is not a valid phone number (a mobile such as 138 0013 8000, a landline with its area code such as 021-5555 0100, or + country code and number)';

/**
 * The owner column of a row: the owner's email, normalized; absent when the cell is
 * empty, null (with the row's error) when it is no email address. Users are named by
 * email only, which is unique, where two users may share a name.
 */
export function ownerEmailCell<Field extends string>(
  value: (field: Field) => string | undefined,
  column: Field,
  errors: Array<CellError<Field>>,
): string | undefined | null {
  const text = value(column);
  const email = text === undefined ? undefined : normalizeEmail(text);
  if (email === null) errors.push({ column, reason: `"${text}" is not a user's email address` });
  return email;
}
