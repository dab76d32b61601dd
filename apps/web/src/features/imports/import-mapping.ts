import {
  customFieldChoices,
  type FieldChoice,
} from '../../shared/custom-fields/custom-field-choices';
import type { CustomFieldDefinition } from '../../shared/custom-fields/custom-field-types';
import type { ImportField } from './import-types';

/** The fields of one import target that a mapping is checked against. */
export interface ImportFieldSet {
  fields: readonly ImportField[];
  required: readonly ImportField[];
}

export type MappingProblem =
  | { kind: 'missing'; field: ImportField }
  | { kind: 'repeated'; field: ImportField; columns: number[] };

/**
 * The custom fields a column may fill, as `cf.<key>` choices labelled in the user's
 * language: those the user sees (`definitions`) and may write — the import refuses the
 * cells of a field read only for the user's role.
 */
export function importCustomFieldChoices(
  definitions: readonly CustomFieldDefinition[],
  editable: (definition: CustomFieldDefinition) => boolean,
  language: string,
): FieldChoice[] {
  return customFieldChoices(definitions.filter(editable), language);
}

/**
 * The fields a column may fill: the target's own, then the custom fields the user may
 * write, named `cf.<key>` (the references the custom field choices give).
 */
export function withCustomFields(
  set: ImportFieldSet,
  customFields: readonly ImportField[],
): ImportFieldSet {
  return { fields: [...set.fields, ...customFields], required: set.required };
}

function isFieldOf(set: ImportFieldSet, value: string): value is ImportField {
  return set.fields.includes(value);
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
