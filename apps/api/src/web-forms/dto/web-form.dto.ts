import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { CUSTOM_FIELD_REFERENCE_PATTERN } from '@kehu/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';

/** The lead fields a form field can fill. */
export const WEB_FORM_LEAD_FIELDS = [
  'name',
  'company',
  'title',
  'phone',
  'email',
  'region',
  'productInterest',
  'notes',
] as const;
export type WebFormLeadField = (typeof WEB_FORM_LEAD_FIELDS)[number];

export const FORM_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

export class CreateWebFormRequest {
  @ApiProperty({ example: '官网咨询表单' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['https://www.example.cn'],
    description: 'Pages on these origins (scheme://host[:port]) may post the form.',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ORIGIN, { each: true, message: 'each origin must look like https://host[:port]' })
  allowedOrigins?: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: {
      anyOf: [
        { type: 'string', enum: [...WEB_FORM_LEAD_FIELDS] },
        { type: 'string', pattern: `^${CUSTOM_FIELD_REFERENCE_PATTERN}$` },
      ],
    },
    example: { full_name: 'name', mobile: 'phone', mail: 'email', booth: 'cf.trade_fair_booth' },
    description:
      'Form field name → lead field, or `cf.<key>` for a lead custom field (its text is read for the field’s type as an import reads a cell — options by key or label, 是/否, dates such as 2026-12-07 — and checked as on POST /leads; the fields’ defaults fill in, a required one left out is a 400). One field must fill the lead’s name.',
  })
  @IsObject()
  fieldMapping!: Record<string, WebFormLeadField>;

  @ApiPropertyOptional({
    example: 'website',
    description: 'A hidden field people leave empty; a submission that fills it is refused.',
  })
  @OptionalNotNull()
  @Matches(FORM_FIELD_NAME)
  honeypotField?: string;

  @ApiPropertyOptional({ description: 'Recorded on every lead from this form.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  campaign?: string;

  @ApiPropertyOptional({ description: 'An inactive form refuses submissions (404).' })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

/** Every field optional; null is refused wherever the create request refuses it. */
export class UpdateWebFormRequest extends PartialType(CreateWebFormRequest, {
  skipNullProperties: false,
}) {}

export class ListWebFormsQuery extends ListQueryDto {}

export class WebFormResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Public: it is part of the submission URL.' }) publicKey!: string;
  @ApiProperty({ type: [String] }) allowedOrigins!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  fieldMapping!: Record<string, string>;
  @ApiProperty() honeypotField!: string;
  @ApiProperty({ type: String, nullable: true }) campaign!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: '/api/v1/public/forms/3vQy…/submissions' }) submitPath!: string;
  @ApiProperty({ description: 'HTML to paste into a static page: the form and a small script.' })
  embedSnippet!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class WebFormListResponse {
  @ApiProperty({ type: [WebFormResponse] }) items!: WebFormResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class SubmissionReceivedResponse {
  @ApiProperty({ enum: ['received'] }) status!: 'received';
}
