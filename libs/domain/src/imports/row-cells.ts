import { normalizePhone } from '../customers/normalize-phone';

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

/** The phone columns of a row as contact points (the first is primary); a non-number is an error. */
export function phoneCells<Field extends string, Type extends string>(
  value: (field: Field) => string | undefined,
  columns: ReadonlyArray<readonly [Field, Type]>,
  errors: Array<CellError<Field>>,
): Array<{ type: Type; value: string; primary: boolean }> {
  const phones: Array<{ type: Type; value: string; primary: boolean }> = [];
  for (const [field, type] of columns) {
    const phone = value(field);
    if (phone === undefined) continue;
    if (normalizePhone(phone) === null)
      errors.push({ column: field, reason: `"${phone}" is not a phone number` });
    else phones.push({ type, value: phone, primary: phones.length === 0 });
  }
  return phones;
}
