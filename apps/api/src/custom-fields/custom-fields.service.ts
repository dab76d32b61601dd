import { Injectable } from '@nestjs/common';
import {
  convertCustomFieldValue,
  type CustomFieldOption,
  type CustomFieldRecordType,
  type CustomFieldType,
  type CustomFieldValue,
  customFieldDefinitionProblems,
  customFieldVisibleTo,
  normalizeCustomFieldValue,
  SELECT_FIELD_TYPES,
} from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import {
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import { isUniqueViolation } from '../database/database-errors';
import { CustomFieldIndexes } from './custom-field-indexes';
import { CustomFieldValuesRepository } from './custom-field-values.repository';
import { checkCustomFieldWrite, fieldsForKind } from './custom-field-write-check';
import { CustomFieldsRepository } from './custom-fields.repository';
import {
  type CreateCustomFieldRequest,
  type CustomFieldOptionItem,
  type CustomFieldResponse,
  type ListCustomFieldsQuery,
  toCustomFieldResponse,
  type UpdateCustomFieldRequest,
} from './dto/custom-field.dto';
import { CustomFieldDefinitionEntity } from './entities/custom-field-definition.entity';

const EDITABLE_FIELDS = [
  'appliesTo',
  'type',
  'labelZh',
  'labelEn',
  'helpTextZh',
  'helpTextEn',
  'required',
  'defaultValue',
  'options',
  'min',
  'max',
  'hiddenFromRoles',
  'readOnlyForRoles',
  'filterable',
  'sortable',
  'position',
] as const;

const CUSTOM_FIELD: AuditedTarget<CustomFieldDefinitionEntity> = {
  entity: CustomFieldDefinitionEntity,
  auditName: 'custom-field',
  fields: ['recordType', 'key', ...EDITABLE_FIELDS],
};

const KEY_CONSTRAINT = 'custom_field_definitions_key_key';

type Editable = Pick<CustomFieldDefinitionEntity, (typeof EDITABLE_FIELDS)[number]>;

const toOptions = (items: readonly CustomFieldOptionItem[]): CustomFieldOption[] =>
  items.map((item) => ({
    key: item.key,
    label: { zh: item.label.zh.trim(), en: item.label.en.trim() },
    active: item.active ?? true,
  }));

@Injectable()
export class CustomFieldsService {
  constructor(
    private readonly definitions: CustomFieldsRepository,
    private readonly values: CustomFieldValuesRepository,
    private readonly writes: AuditedWrites,
    private readonly indexes: CustomFieldIndexes,
  ) {}

  async list(auth: AuthContext, query: ListCustomFieldsQuery): Promise<Page<CustomFieldResponse>> {
    if (query.deleted) assertCan(auth, 'restore', 'CustomFieldDefinition', {});
    const page = await this.definitions.list(auth, query);
    return { items: page.items.map(toCustomFieldResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<CustomFieldResponse> {
    return toCustomFieldResponse(await this.findReadable(auth, id));
  }

  /** `auth` is null for the demo data. */
  async create(
    auth: AuthContext | null,
    request: CreateCustomFieldRequest,
  ): Promise<CustomFieldResponse> {
    const fields: Editable = {
      appliesTo: request.appliesTo ?? 'both',
      type: request.type,
      labelZh: request.label.zh.trim(),
      labelEn: request.label.en.trim(),
      helpTextZh: request.helpText?.zh.trim() ?? null,
      helpTextEn: request.helpText?.en.trim() ?? null,
      required: request.required ?? false,
      defaultValue: request.defaultValue ?? null,
      options: toOptions(request.options ?? []),
      min: request.min ?? null,
      max: request.max ?? null,
      hiddenFromRoles: request.hiddenFromRoles ?? [],
      readOnlyForRoles: request.readOnlyForRoles ?? [],
      filterable: request.filterable ?? false,
      sortable: request.sortable ?? false,
      position: request.position ?? (await this.definitions.nextPosition(request.recordType)),
    };
    const checked = this.checked({ recordType: request.recordType, key: request.key, ...fields });
    if (await this.definitions.keyInUse(request.recordType, request.key))
      throw this.keyTaken(request.key);
    try {
      const created = await this.writes.create(auth, CUSTOM_FIELD, {
        recordType: request.recordType,
        key: request.key,
        ...checked,
      });
      this.indexes.sync(created.recordType, created.key);
      return toCustomFieldResponse(created);
    } catch (error) {
      if (isUniqueViolation(error, KEY_CONSTRAINT)) throw this.keyTaken(request.key);
      throw error;
    }
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateCustomFieldRequest,
  ): Promise<CustomFieldResponse> {
    const current = await this.findReadable(auth, id);
    const changes: Partial<Editable> = {};
    if (request.appliesTo !== undefined) changes.appliesTo = request.appliesTo;
    if (request.type !== undefined) changes.type = request.type;
    if (request.label !== undefined) {
      changes.labelZh = request.label.zh.trim();
      changes.labelEn = request.label.en.trim();
    }
    if (request.helpText !== undefined) {
      changes.helpTextZh = request.helpText?.zh.trim() ?? null;
      changes.helpTextEn = request.helpText?.en.trim() ?? null;
    }
    if (request.required !== undefined) changes.required = request.required;
    if (request.defaultValue !== undefined) changes.defaultValue = request.defaultValue;
    if (request.options !== undefined) changes.options = toOptions(request.options);
    if (request.min !== undefined) changes.min = request.min;
    if (request.max !== undefined) changes.max = request.max;
    if (request.hiddenFromRoles !== undefined) changes.hiddenFromRoles = request.hiddenFromRoles;
    if (request.readOnlyForRoles !== undefined) changes.readOnlyForRoles = request.readOnlyForRoles;
    if (request.filterable !== undefined) changes.filterable = request.filterable;
    if (request.sortable !== undefined) changes.sortable = request.sortable;
    if (request.position !== undefined) changes.position = request.position;

    // A type change carries the default along where it converts; where it does not, the
    // definition check below asks for a new one.
    if (
      changes.type !== undefined &&
      request.defaultValue === undefined &&
      current.defaultValue !== null
    ) {
      const converted = convertCustomFieldValue(current.type, changes.type, current.defaultValue, {
        options: changes.options ?? current.options,
        min: changes.min === undefined ? current.min : changes.min,
        max: changes.max === undefined ? current.max : changes.max,
      });
      if (converted.ok) changes.defaultValue = converted.value;
    }

    const next = { ...current, ...changes };
    const checked = this.checked(next, current);
    await this.assertValuesConvert(current, next.type, checked.options, checked.min, checked.max);
    const written = Object.fromEntries(
      Object.keys(changes).map((field) => [field, checked[field as keyof Editable]]),
    );
    await this.writes.update(auth, CUSTOM_FIELD, current, ifMatch, written);
    this.indexes.sync(current.recordType, current.key);
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    await this.writes.softDelete(auth, CUSTOM_FIELD, current, ifMatch);
    this.indexes.sync(current.recordType, current.key);
  }

  /** The key stays reserved while a field is deleted, so a restore never clashes. */
  async restore(auth: AuthContext, id: string): Promise<CustomFieldResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.writes.restore(auth, CUSTOM_FIELD, current);
      this.indexes.sync(current.recordType, current.key);
    }
    return this.get(auth, id);
  }

  /** The keys of a record type's live fields the caller sees: the rest leave its responses. */
  async visibleKeys(auth: AuthContext, recordType: CustomFieldRecordType): Promise<Set<string>> {
    const live = await this.definitions.liveDefinitions(recordType);
    return new Set(
      live
        .filter((field) => customFieldVisibleTo(field, auth.principal.roles))
        .map((field) => field.key),
    );
  }

  /**
   * A record's custom field values as a write stores them, through the domain's one
   * validation against the record type's live fields (for a customer, those of its kind):
   * 400 naming unknown keys (fields hidden from the caller included) and wrong values,
   * 403 for a field that is read-only to the caller. On create the defaults fill in; on
   * update the given values replace the stored ones and null clears one.
   */
  async valuesToWrite(
    auth: AuthContext,
    recordType: CustomFieldRecordType,
    values: unknown,
    options: {
      mode: 'create' | 'update';
      kind?: 'company' | 'person';
      previous?: Readonly<Record<string, CustomFieldValue>>;
    },
  ): Promise<Record<string, CustomFieldValue>> {
    const live = await this.definitions.liveDefinitions(recordType);
    const checked = checkCustomFieldWrite(live, auth.principal.roles, values, options);
    if (checked.readOnly.length > 0)
      throw new ForbiddenError(`You may not set: ${checked.readOnly.join(', ')}.`);
    if (checked.errors.length > 0) throw new ValidationError(checked.errors);
    return checked.stored;
  }

  /**
   * The record type's live fields in position order, whoever may see them (for a
   * customer, those of its kind when given): for write paths that check values
   * themselves (imports, conversion, merge) through checkCustomFieldWrite.
   */
  async liveDefinitions(
    recordType: CustomFieldRecordType,
    kind?: 'company' | 'person',
  ): Promise<CustomFieldDefinitionEntity[]> {
    return fieldsForKind(await this.definitions.liveDefinitions(recordType), kind);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<CustomFieldDefinitionEntity> {
    const field = await this.definitions.findReadable(auth, id, options);
    if (!field) throw new NotFoundError('The custom field');
    return field;
  }

  /**
   * The definition's fields as they will be stored (the default normalised), or 400 naming
   * what is wrong with the definition as a whole. On update, a select field keeps every
   * option it had: records may hold it, so it is deactivated rather than removed.
   */
  private checked(
    definition: Editable & Pick<CustomFieldDefinitionEntity, 'recordType' | 'key'>,
    current?: CustomFieldDefinitionEntity,
  ): Editable {
    const errors: FieldError[] = customFieldDefinitionProblems(definition);
    if (
      current &&
      SELECT_FIELD_TYPES.includes(current.type) &&
      SELECT_FIELD_TYPES.includes(definition.type)
    ) {
      const kept = new Set(definition.options.map((option) => option.key));
      const removed = current.options.filter((option) => !kept.has(option.key));
      if (removed.length > 0)
        errors.push({
          field: 'options',
          message: `options must keep ${removed.map((option) => option.key).join(', ')}: deactivate an option instead of removing it`,
        });
    }
    if (errors.length > 0) throw new ValidationError(errors);
    const normalized = normalizeCustomFieldValue(definition, definition.defaultValue);
    return {
      ...pickEditable(definition),
      defaultValue: normalized.ok ? normalized.value : null,
    };
  }

  /** A type change is refused while any stored value (deleted records' too) would not convert. */
  private async assertValuesConvert(
    current: CustomFieldDefinitionEntity,
    type: CustomFieldType,
    options: readonly CustomFieldOption[],
    min: number | null,
    max: number | null,
  ): Promise<void> {
    if (type === current.type) return;
    const offending = await this.values.countUnconvertible(current, type, { options, min, max });
    if (offending > 0)
      throw new ConflictError(
        `${offending} record(s) have a value of customFields.${current.key} that does not convert to ${type}.`,
        { offendingRecords: offending },
      );
  }

  private keyTaken(key: string): ConflictError {
    return new ConflictError(
      `A custom field with the key "${key}" already exists for this record type.`,
    );
  }
}

function pickEditable(definition: Editable): Editable {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [field, definition[field]]),
  ) as unknown as Editable;
}
