import type { ImportField } from './import-types';

/** The fields of one import target that a mapping is checked against. */
export interface ImportFieldSet {
  fields: readonly ImportField[];
  required: readonly ImportField[];
}

export type MappingProblem =
  | { kind: 'missing'; field: ImportField }
  | { kind: 'repeated'; field: ImportField; columns: number[] };

function isFieldOf(set: ImportFieldSet, value: string): value is ImportField {
  return (set.fields as readonly string[]).includes(value);
}

/**
 * What keeps a mapping from being started: a required field no column fills, or a field
 * that two columns fill (columns are 0-based positions). Empty when it can start.
 */
export function mappingProblems(
  mapping: ReadonlyArray<string | null>,
  set: ImportFieldSet,
): MappingProblem[] {
  const columnsByField = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field === null || !isFieldOf(set, field)) return;
    columnsByField.set(field, [...(columnsByField.get(field) ?? []), column]);
  });
  const missing = set.required
    .filter((field) => !columnsByField.has(field))
    .map((field): MappingProblem => ({ kind: 'missing', field }));
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
  set: ImportFieldSet,
): Array<ImportField | null> {
  const source = chosen && chosen.length === columnCount ? chosen : suggested;
  return Array.from({ length: columnCount }, (_, column) => {
    const field = source[column];
    return field && isFieldOf(set, field) ? field : null;
  });
}

/** How many columns will be imported. */
export function mappedColumnCount(mapping: ReadonlyArray<string | null>): number {
  return mapping.filter((field) => field !== null).length;
}
