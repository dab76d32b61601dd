import type { OpenAPIObject } from '@nestjs/swagger';
import {
  CUSTOM_FIELD_RECORD_TYPES,
  type CustomFieldRecordType,
  LONG_TEXT_MAX_LENGTH,
  TEXT_MAX_LENGTH,
} from '@kehu/domain';
import type { CustomFieldDefinitionEntity } from '../custom-fields/entities/custom-field-definition.entity';
import type { OpenApiCustomFieldsRepository } from './openapi-custom-fields.repository';

type SchemaOrReference = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type SchemaObject = Exclude<SchemaOrReference, { $ref: string }>;

/** What the served document says of a field. */
export type DescribedField = Pick<
  CustomFieldDefinitionEntity,
  | 'recordType'
  | 'appliesTo'
  | 'key'
  | 'type'
  | 'labelZh'
  | 'labelEn'
  | 'helpTextZh'
  | 'helpTextEn'
  | 'options'
  | 'min'
  | 'max'
  | 'hiddenFromRoles'
>;

/** The record type whose values a schema's `customFields` holds, by the schema's name. */
function recordTypeOf(schemaName: string): CustomFieldRecordType | null {
  if (schemaName.includes('Lead')) return 'lead';
  if (schemaName.includes('Contact')) return 'contact';
  if (schemaName.includes('Customer') || schemaName === 'DuplicateCheckRequest') return 'customer';
  return null;
}

function valueSchema(field: DescribedField): SchemaObject {
  const optionKeys = field.options.map((option) => option.key);
  const range = {
    ...(field.min !== null ? { minimum: field.min } : {}),
    ...(field.max !== null ? { maximum: field.max } : {}),
  };
  switch (field.type) {
    case 'text':
      return { type: 'string', maxLength: TEXT_MAX_LENGTH };
    case 'long_text':
      return { type: 'string', maxLength: LONG_TEXT_MAX_LENGTH };
    case 'number':
    case 'percent':
      return { type: 'number', ...range };
    case 'currency':
      return { type: 'string', format: 'decimal', pattern: '^-?\\d{1,16}(\\.\\d{1,2})?$' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'boolean':
      return { type: 'boolean' };
    case 'single_select':
      return { type: 'string', enum: optionKeys };
    case 'multi_select':
      return { type: 'array', items: { type: 'string', enum: optionKeys }, uniqueItems: true };
    case 'user':
      return { type: 'string', format: 'uuid' };
    case 'url':
      return { type: 'string', format: 'uri' };
    case 'email':
      return { type: 'string', format: 'email' };
    case 'phone':
      return { type: 'string', example: '+8613800138000' };
  }
}

function describe(field: DescribedField): string {
  const label = `${field.labelZh} / ${field.labelEn}`;
  const help = [field.helpTextZh, field.helpTextEn].filter(Boolean).join(' / ');
  const kind =
    field.recordType === 'customer' && field.appliesTo !== 'both'
      ? ` (${field.appliesTo === 'company' ? 'companies' : 'persons'} only)`
      : '';
  return `${label}${kind}${help ? `. ${help}` : ''}`;
}

/**
 * The JSON schema of a record type's `customFields` object from its live definitions:
 * a property per field (requests may send null to clear one), nothing else. A field
 * hidden from some role is left out of this public document; the object then stays
 * open to further keys, which the callers who see such fields may send.
 */
export function customFieldsSchema(
  fields: readonly DescribedField[],
  generic: SchemaObject,
  direction: 'request' | 'response',
): SchemaObject {
  const described = fields.filter((field) => field.hiddenFromRoles.length === 0);
  const open = described.length < fields.length;
  return {
    type: 'object',
    description: generic.description,
    properties: Object.fromEntries(
      described.map((field) => [
        field.key,
        {
          ...valueSchema(field),
          ...(direction === 'request' ? { nullable: true } : {}),
          description: describe(field),
        },
      ]),
    ),
    additionalProperties: open ? (generic.additionalProperties ?? true) : false,
  };
}

/**
 * The document with every record's `customFields` described by the current definitions
 * (see customFieldsSchema); the static document (libs/contracts) keeps the generic one.
 */
export function withCustomFieldSchemas(
  document: OpenAPIObject,
  fields: readonly DescribedField[],
): OpenAPIObject {
  const schemas = { ...(document.components?.schemas ?? {}) };
  for (const [name, schema] of Object.entries(schemas)) {
    const properties = (schema as SchemaObject).properties;
    const generic = properties?.customFields;
    const recordType = recordTypeOf(name);
    if (!generic || '$ref' in generic || recordType === null) continue;
    schemas[name] = {
      ...schema,
      properties: {
        ...properties,
        customFields: customFieldsSchema(
          fields.filter((field) => field.recordType === recordType),
          generic,
          name.endsWith('Response') ? 'response' : 'request',
        ),
      },
    };
  }
  return { ...document, components: { ...document.components, schemas } };
}

/**
 * The served document, rebuilt when the custom field definitions change: a cheap
 * fingerprint of the definitions table (rows, versions, deletions, last change) is read
 * per request, so every API process serves the current fields without events.
 */
export class CustomFieldsOpenApi {
  private cached: { fingerprint: string; document: OpenAPIObject } | null = null;

  constructor(private readonly definitions: OpenApiCustomFieldsRepository) {}

  async document(base: OpenAPIObject): Promise<OpenAPIObject> {
    const fingerprint = await this.definitions.fingerprint();
    if (this.cached?.fingerprint === fingerprint) return this.cached.document;
    const fields = (await this.definitions.liveDefinitions()).filter((field) =>
      (CUSTOM_FIELD_RECORD_TYPES as readonly string[]).includes(field.recordType),
    );
    const document = withCustomFieldSchemas(base, fields);
    this.cached = { fingerprint, document };
    return document;
  }
}
