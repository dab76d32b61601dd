import { Injectable } from '@nestjs/common';
import {
  customFieldKeyOfReference,
  customFieldVisibleTo,
  type CustomFieldValue,
  parseCustomFieldCell,
  suggestMappingWithCustomFields,
  toSimplified,
} from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import {
  checkCustomFieldWrite,
  type CustomFieldWriteOptions,
} from '../custom-fields/custom-field-write-check';
import type { CustomFieldDefinitionEntity } from '../custom-fields/entities/custom-field-definition.entity';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { OwnerEmailsRepository } from './owner-emails.repository';

/** The custom field key a mapping entry names (`cf.<key>`), or null for a record field or none. */
export const customFieldKeyOf = customFieldKeyOfReference;

/** A row's custom field cells, by key: what `prepare` keeps of a row for `decide`. */
export type CustomFieldCells = Record<string, string>;

/** The mapped custom field cells of a row (empty cells left out: nothing is given). */
export function customFieldCells(
  mapping: ReadonlyArray<string | null>,
  cells: readonly string[],
): CustomFieldCells {
  const found: CustomFieldCells = {};
  mapping.forEach((field, column) => {
    const key = customFieldKeyOf(field);
    const cell = cells[column];
    if (key !== null && cell !== undefined && cell.trim() !== '') found[key] = cell;
  });
  return found;
}

/** Why a row's custom field cells cannot be written. */
export interface CustomFieldCellFailure {
  column: string;
  reason: string;
}

/**
 * A batch's custom field columns read and checked against the record type's live fields,
 * for the importer: each cell parsed by the domain's parseCustomFieldCell, then the
 * values checked as the API checks them (checkCustomFieldWrite: unknown and hidden
 * fields, read-only ones, wrong values, required fields and defaults on create).
 */
export class CustomFieldBatch {
  constructor(
    private readonly live: readonly CustomFieldDefinitionEntity[],
    private readonly auth: AuthContext,
    private readonly userIds: ReadonlyMap<string, string>,
  ) {}

  /** A row's cells as the values the API would be given, or the first cell that is none. */
  parse(
    cells: CustomFieldCells,
  ): { values: Record<string, unknown> } | { failure: CustomFieldCellFailure } {
    const values: Record<string, unknown> = {};
    for (const [key, cell] of Object.entries(cells)) {
      const field = this.live.find((definition) => definition.key === key);
      // A field deleted (or hidden) since the import started is left to the check below.
      if (!field || !customFieldVisibleTo(field, this.auth.principal.roles)) {
        values[key] = cell;
        continue;
      }
      const parsed = parseCustomFieldCell(field, cell, (email) => this.userIds.get(email) ?? null);
      if (!parsed.ok) return { failure: { column: `cf.${key}`, reason: parsed.reason } };
      if (parsed.value !== undefined) values[key] = parsed.value;
    }
    return { values };
  }

  /** The record's values after the write, or why the row fails. */
  check(
    values: Record<string, unknown>,
    options: CustomFieldWriteOptions,
  ): { stored: Record<string, CustomFieldValue> } | { failure: CustomFieldCellFailure } {
    const checked = checkCustomFieldWrite(this.live, this.auth.principal.roles, values, options);
    const column = (field: string) => field.replace(/^customFields\./, 'cf.');
    if (checked.readOnly.length > 0)
      return {
        failure: {
          column: column(checked.readOnly[0]),
          reason: `You may not set: ${checked.readOnly.map(column).join(', ')}.`,
        },
      };
    if (checked.errors.length > 0)
      return {
        failure: {
          column: column(checked.errors[0].field),
          reason: checked.errors
            .map((error) => error.message.replace(/^customFields\./, 'cf.'))
            .join('; '),
        },
      };
    return { stored: checked.stored };
  }
}

/** Reads the custom field columns of imports: their fields, the users they name. */
@Injectable()
export class CustomFieldColumns {
  constructor(
    private readonly customFields: CustomFieldsService,
    private readonly users: OwnerEmailsRepository,
  ) {}

  /**
   * The mapping a preview suggests: a column whose header is the key or the zh / en label
   * of a live field the caller sees takes that field, before the record fields its
   * header's synonyms suggest (suggestMappingWithCustomFields); headers and labels are
   * read as simplified Chinese.
   */
  async suggest(
    auth: AuthContext,
    recordType: 'customer' | 'lead',
    headers: readonly string[],
    recordFields: (headers: readonly string[]) => Array<string | null>,
  ): Promise<Array<string | null>> {
    const fields = (await this.customFields.liveDefinitions(recordType))
      .filter((field) => customFieldVisibleTo(field, auth.principal.roles))
      .map((field) => ({
        key: field.key,
        label: { zh: toSimplified(field.labelZh), en: field.labelEn },
      }));
    return suggestMappingWithCustomFields(headers.map(toSimplified), fields, recordFields);
  }

  /** The custom field keys a mapping names that are no live field the caller sees. */
  async unknownKeys(
    auth: AuthContext,
    recordType: 'customer' | 'lead',
    mapping: ReadonlyArray<string | null>,
  ): Promise<string[]> {
    const keys = mapping.flatMap((field) => customFieldKeyOf(field) ?? []);
    if (keys.length === 0) return [];
    const visible = await this.customFields.visibleKeys(auth, recordType);
    return keys.filter((key) => !visible.has(key));
  }

  /** A batch's reader: the live fields, and the users its user columns name by e-mail. */
  async batch(
    auth: AuthContext,
    recordType: 'customer' | 'lead',
    rows: readonly CustomFieldCells[],
  ): Promise<CustomFieldBatch> {
    // Read even when no column is mapped to one: new records take defaults, and a
    // required field without one fails the row, as on create.
    const live = await this.customFields.liveDefinitions(recordType);
    const userKeys = new Set(
      live.filter((field) => field.type === 'user').map((field) => field.key),
    );
    const emails = new Set<string>();
    for (const cells of rows)
      for (const [key, cell] of Object.entries(cells))
        if (userKeys.has(key) && cell.includes('@')) emails.add(cell.trim().toLowerCase());
    return new CustomFieldBatch(live, auth, await this.users.activeUserIds([...emails]));
  }
}
