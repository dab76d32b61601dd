import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CUSTOM_FIELD_APPLIES_TO,
  CUSTOM_FIELD_KEY_MAX_LENGTH,
  CUSTOM_FIELD_KEY_PATTERN,
  CUSTOM_FIELD_RECORD_TYPES,
  CUSTOM_FIELD_TYPES,
  type CustomFieldAppliesTo,
  type CustomFieldRecordType,
  type CustomFieldType,
  type CustomFieldValue,
  ROLES,
  type Role,
} from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';
import type { CustomFieldDefinitionEntity } from '../entities/custom-field-definition.entity';

const KEY_MESSAGE = (field: string) =>
  `${field} must be lower-case snake case (a-z, 0-9, _), starting with a letter`;
const NOT_BLANK = /\S/;
const MAX_OPTIONS = 200;
const MAX_POSITION = 100_000;
/** Roles a field can be hidden from or read-only for: everyone but admins. */
const RESTRICTABLE_ROLES = ROLES.filter((role) => role !== 'admin');

/** A field's name in both console languages. */
export class CustomFieldLabel {
  @ApiProperty({ example: '门店数量', maxLength: 120 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'zh must not be blank' })
  @MaxLength(120)
  zh!: string;

  @ApiProperty({ example: 'Store count', maxLength: 120 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'en must not be blank' })
  @MaxLength(120)
  en!: string;
}

/** A hint shown under the field, in both console languages. */
export class CustomFieldHelpText {
  @ApiProperty({ example: '含加盟店', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  zh!: string;

  @ApiProperty({ example: 'Franchised stores included', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  en!: string;
}

/** A choice of a select field. */
export class CustomFieldOptionItem {
  @ApiProperty({
    example: 'tier_a',
    maxLength: CUSTOM_FIELD_KEY_MAX_LENGTH,
    description: 'Stable: records store it. Lower-case snake case.',
  })
  @IsString()
  @MaxLength(CUSTOM_FIELD_KEY_MAX_LENGTH)
  @Matches(CUSTOM_FIELD_KEY_PATTERN, { message: KEY_MESSAGE('key') })
  key!: string;

  @ApiProperty({ type: CustomFieldLabel })
  @ValidateNested()
  @Type(() => CustomFieldLabel)
  label!: CustomFieldLabel;

  @ApiProperty({
    default: true,
    description:
      'A deactivated option is no longer offered; records that have it keep it, and it still filters and exports.',
  })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

/** Any field's value, or null (on the string member, as OpenAPI 3.0 wants a type beside nullable). */
const VALUE_SCHEMA = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
  ],
};

/** A record's custom field values by key, as requests send them. */
export const CustomFieldValuesInput = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: VALUE_SCHEMA,
      example: { store_count: 12, preferred_channel: 'wechat' },
      description:
        'Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.',
    }),
    IsOptional(),
    IsObject(),
  );

/** A record's custom field values by key, as responses carry them. */
export const CustomFieldValuesOutput = () =>
  ApiPropertyOptional({
    type: 'object',
    additionalProperties: VALUE_SCHEMA,
    description: 'Custom field values by key: the live fields the caller sees, with a value.',
  });

export class CustomFieldResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CUSTOM_FIELD_RECORD_TYPES, example: 'customer' })
  recordType!: CustomFieldRecordType;
  @ApiProperty({
    enum: CUSTOM_FIELD_APPLIES_TO,
    description: 'Customer fields: for companies, persons or both. Other records: both.',
  })
  appliesTo!: CustomFieldAppliesTo;
  @ApiProperty({
    example: 'store_count',
    description: 'The name of the value in customFields. Never changes.',
  })
  key!: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES }) type!: CustomFieldType;
  @ApiProperty({ type: CustomFieldLabel }) label!: CustomFieldLabel;
  @ApiProperty({ type: CustomFieldHelpText, nullable: true }) helpText!: CustomFieldHelpText | null;
  @ApiProperty() required!: boolean;
  @ApiProperty({ ...VALUE_SCHEMA, description: 'Filled in when a record is created without it.' })
  defaultValue!: CustomFieldValue | null;
  @ApiProperty({ type: [CustomFieldOptionItem] }) options!: CustomFieldOptionItem[];
  @ApiProperty({ type: Number, nullable: true }) min!: number | null;
  @ApiProperty({ type: Number, nullable: true }) max!: number | null;
  @ApiProperty({ enum: RESTRICTABLE_ROLES, isArray: true }) hiddenFromRoles!: Role[];
  @ApiProperty({ enum: RESTRICTABLE_ROLES, isArray: true }) readOnlyForRoles!: Role[];
  @ApiProperty() filterable!: boolean;
  @ApiProperty() sortable!: boolean;
  @ApiProperty() position!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deletedAt!: string | null;
}

export class CustomFieldListResponse {
  @ApiProperty({ type: [CustomFieldResponse] }) items!: CustomFieldResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateCustomFieldRequest {
  @ApiProperty({ enum: CUSTOM_FIELD_RECORD_TYPES, description: 'Fixed once created.' })
  @IsIn(CUSTOM_FIELD_RECORD_TYPES)
  recordType!: CustomFieldRecordType;

  @ApiPropertyOptional({
    enum: CUSTOM_FIELD_APPLIES_TO,
    default: 'both',
    description: 'Customer fields only: for companies, persons or both.',
  })
  @OptionalNotNull()
  @IsIn(CUSTOM_FIELD_APPLIES_TO)
  appliesTo?: CustomFieldAppliesTo;

  @ApiProperty({
    example: 'store_count',
    maxLength: CUSTOM_FIELD_KEY_MAX_LENGTH,
    description:
      'Lower-case snake case, unique per record type (deleted fields included). Fixed once created: renaming the label never changes it.',
  })
  @IsString()
  @MaxLength(CUSTOM_FIELD_KEY_MAX_LENGTH)
  @Matches(CUSTOM_FIELD_KEY_PATTERN, { message: KEY_MESSAGE('key') })
  key!: string;

  @ApiProperty({ enum: CUSTOM_FIELD_TYPES })
  @IsIn(CUSTOM_FIELD_TYPES)
  type!: CustomFieldType;

  @ApiProperty({ type: CustomFieldLabel })
  @ValidateNested()
  @Type(() => CustomFieldLabel)
  label!: CustomFieldLabel;

  @ApiPropertyOptional({ type: CustomFieldHelpText, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomFieldHelpText)
  helpText?: CustomFieldHelpText | null;

  @ApiPropertyOptional({ default: false })
  @OptionalNotNull()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({
    ...VALUE_SCHEMA,
    description: 'A valid value of the field, filled in when a record is created without it.',
  })
  @IsOptional()
  defaultValue?: CustomFieldValue | null;

  @ApiPropertyOptional({
    type: [CustomFieldOptionItem],
    maxItems: MAX_OPTIONS,
    description:
      'Select fields: the choices, in display order. An option is never removed while records may hold it: deactivate it.',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => CustomFieldOptionItem)
  options?: CustomFieldOptionItem[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Number, currency, percent.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Number, currency, percent.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number | null;

  @ApiPropertyOptional({
    enum: RESTRICTABLE_ROLES,
    isArray: true,
    description: 'Roles that do not see the field at all (reads, filters, exports).',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESTRICTABLE_ROLES, { each: true })
  hiddenFromRoles?: Role[];

  @ApiPropertyOptional({
    enum: RESTRICTABLE_ROLES,
    isArray: true,
    description: 'Roles that see the field but may not change it.',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESTRICTABLE_ROLES, { each: true })
  readOnlyForRoles?: Role[];

  @ApiPropertyOptional({ default: false, description: 'Offered as a list filter.' })
  @OptionalNotNull()
  @IsBoolean()
  filterable?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Offered as a list sort.' })
  @OptionalNotNull()
  @IsBoolean()
  sortable?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_POSITION,
    description: 'Order in forms and column choosers; by default after the last field.',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION)
  position?: number;
}

/**
 * Everything but the record type and the key, which are fixed. A type change is refused
 * while stored values would not convert.
 */
export class UpdateCustomFieldRequest extends PartialType(
  OmitType(CreateCustomFieldRequest, ['recordType', 'key'] as const),
) {}

const SORTS = ['position', '-position', 'key', '-key', 'createdAt', '-createdAt'];

export class ListCustomFieldsQuery extends ListQueryDto {
  @ApiPropertyOptional({
    enum: CUSTOM_FIELD_RECORD_TYPES,
    description: 'Only this record type’s fields.',
  })
  @IsOptional()
  @IsIn(CUSTOM_FIELD_RECORD_TYPES)
  recordType?: CustomFieldRecordType;

  @ApiPropertyOptional({
    description: 'Admins: the deleted fields (to restore one) instead of the live ones.',
  })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  deleted?: boolean;

  @ApiPropertyOptional({ enum: SORTS, default: 'position' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toCustomFieldResponse(field: CustomFieldDefinitionEntity): CustomFieldResponse {
  return {
    id: field.id,
    recordType: field.recordType,
    appliesTo: field.appliesTo,
    key: field.key,
    type: field.type,
    label: { zh: field.labelZh, en: field.labelEn },
    helpText:
      field.helpTextZh === null && field.helpTextEn === null
        ? null
        : { zh: field.helpTextZh ?? '', en: field.helpTextEn ?? '' },
    required: field.required,
    defaultValue: field.defaultValue,
    options: field.options.map((option) => ({ ...option })),
    min: field.min,
    max: field.max,
    hiddenFromRoles: field.hiddenFromRoles,
    readOnlyForRoles: field.readOnlyForRoles,
    filterable: field.filterable,
    sortable: field.sortable,
    position: field.position,
    version: field.version,
    createdAt: field.createdAt.toISOString(),
    updatedAt: field.updatedAt.toISOString(),
    deletedAt: field.deletedAt?.toISOString() ?? null,
  };
}
