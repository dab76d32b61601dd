import { CUSTOMER_IMPORT_FIELDS, type CustomerImportField } from '@kehu/domain';

/** The fields every import must fill from some column. */
export const REQUIRED_IMPORT_FIELDS: readonly CustomerImportField[] = ['name'];

export type MappingProblem =
  | { kind: 'missing'; field: CustomerImportField }
  | { kind: 'repeated'; field: CustomerImportField; columns: number[] };

function isImportField(value: string): value is CustomerImportField {
  return (CUSTOMER_IMPORT_FIELDS as readonly string[]).includes(value);
}

/**
 * What keeps a mapping from being started: a required field no column fills, or a field
 * that two columns fill (columns are 0-based positions). Empty when it can start.
 */
export function mappingProblems(mapping: ReadonlyArray<string | null>): MappingProblem[] {
  const columnsByField = new Map<CustomerImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field === null || !isImportField(field)) return;
    columnsByField.set(field, [...(columnsByField.get(field) ?? []), column]);
  });
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !columnsByField.has(field)).map(
    (field): MappingProblem => ({ kind: 'missing', field }),
  );
  const repeated = [...columnsByField]
    .filter(([, columns]) => columns.length > 1)
    .map(([field, columns]): MappingProblem => ({ kind: 'repeated', field, columns }));
  return [...missing, ...repeated];
}

/**
 * The mapping the wizard starts from: the one already chosen, else the suggestion, fitted to
 * the number of columns (anything unknown or missing leaves the column out).
 */
export function initialMapping(
  columnCount: number,
  chosen: ReadonlyArray<string | null> | null | undefined,
  suggested: ReadonlyArray<string | null>,
): Array<CustomerImportField | null> {
  const source = chosen && chosen.length === columnCount ? chosen : suggested;
  return Array.from({ length: columnCount }, (_, column) => {
    const field = source[column];
    return field && isImportField(field) ? field : null;
  });
}

/** How many columns will be imported. */
export function mappedColumnCount(mapping: ReadonlyArray<string | null>): number {
  return mapping.filter((field) => field !== null).length;
}
