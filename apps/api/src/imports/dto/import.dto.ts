import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CUSTOM_FIELD_REFERENCE_PATTERN,
  CUSTOMER_IMPORT_FIELDS,
  IMPORT_ENCODINGS,
  type ImportEncoding,
  LEAD_IMPORT_FIELDS,
} from '@kehu/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateBy,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  DUPLICATE_MODES,
  IMPORT_STATUSES,
  IMPORT_TARGETS,
  type ImportJob,
} from '../entities/import-job.entity';

/** Every field some target takes; the import's own target narrows it when started. */
const IMPORT_FIELDS = [...new Set<string>([...CUSTOMER_IMPORT_FIELDS, ...LEAD_IMPORT_FIELDS])];

/** A mapping entry: a record field, or a custom field as `cf.<key>`. */
const MAPPING_ENTRY = new RegExp(
  `^(?:${IMPORT_FIELDS.join('|')}|${CUSTOM_FIELD_REFERENCE_PATTERN})$`,
);

export class ImportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: IMPORT_TARGETS,
    description: 'What the import creates: customers or leads.',
  })
  target!: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: string;
  @ApiProperty({
    type: String,
    enum: IMPORT_ENCODINGS,
    nullable: true,
    description: 'The text encoding the CSV file is read in; null for an XLSX workbook.',
  })
  encoding!: ImportEncoding | null;
  @ApiProperty({ type: [String] }) headers!: string[];
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'Per column: the field it fills, or null.',
  })
  mapping!: Array<string | null> | null;
  @ApiProperty({ enum: DUPLICATE_MODES, nullable: true }) duplicateMode!: string | null;
  @ApiProperty({ type: Number, nullable: true }) totalRows!: number | null;
  @ApiProperty() processedRows!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: String, nullable: true }) failureReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

export class ImportPreviewResponse extends ImportResponse {
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'The first rows.',
  })
  sampleRows!: string[][];
  @ApiProperty({ type: [String], nullable: true, description: 'A suggested field per column.' })
  suggestedMapping!: Array<string | null>;
  @ApiProperty({
    type: String,
    enum: IMPORT_ENCODINGS,
    nullable: true,
    description:
      "The encoding the CSV file's bytes look like (byte-order mark, valid UTF-8, else the likelier of GB18030 and Big5); null for an XLSX workbook.",
  })
  detectedEncoding!: ImportEncoding | null;
}

const ENCODING_DESCRIPTION =
  'The text encoding to read the CSV file in, instead of the detected one: utf-8, utf-16le, utf-16be, gb18030 (also GBK and GB2312) or big5.';

export class UploadImportQuery {
  @ApiPropertyOptional({ enum: IMPORT_ENCODINGS, description: ENCODING_DESCRIPTION })
  @IsOptional()
  @IsIn(IMPORT_ENCODINGS)
  encoding?: ImportEncoding;
}

export class PreviewImportRequest {
  @ApiProperty({ enum: IMPORT_ENCODINGS, description: ENCODING_DESCRIPTION })
  @IsIn(IMPORT_ENCODINGS)
  encoding!: ImportEncoding;
}

export class StartImportRequest {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', nullable: true, pattern: MAPPING_ENTRY.source },
    description:
      "One entry per column, in order: the field it fills, or null to ignore the column. Only the import target's fields are accepted (customers: kind, name, tier, …, owner; leads: name, company, title, phone, mobile, email, region, productInterest, source, campaign, notes, owner). `owner` is the owner's email: a row naming an active user is created for them as the create API's ownerId would be (the caller's permission decides each row, else the row fails with the reason); a row without one is the importer's (customers) or the assignment rules' (leads).\n\nA custom field of the target's record type is `cf.<key>` (e.g. `cf.store_count`); the preview suggests it for a header that is the field's key or its zh / en label. A field hidden from the caller is refused as an unknown one. Each cell is read for the field's type: select options by key or label, multi-select choices separated by 、 ， , ; or |, booleans 是/否, true/false, 1/0, Y/N, dates 2026-12-07, 2026/12/7, 2026年12月7日 or Excel date numbers, date-times with a time (China time unless an offset is written), numbers with full-width digits or thousands separators, percent with or without %, amounts with ¥, ￥ or CNY, users by e-mail. Then the values are checked as the create and update APIs check them: a wrong value, or a field read-only to the caller, fails the row with the reason in the error report. An empty cell gives no value; on update only the custom fields the row gives change. New records take the fields' defaults, and a required field without a value or default fails the row.",
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateBy(
    {
      name: 'isImportMappingEntry',
      validator: {
        validate: (value: unknown) =>
          value === null || (typeof value === 'string' && MAPPING_ENTRY.test(value)),
        defaultMessage: () =>
          `each value in mapping must be null, a field (${IMPORT_FIELDS.join(', ')}) or cf.<custom field key>`,
      },
    },
    { each: true },
  )
  mapping!: Array<string | null>;

  @ApiProperty({
    enum: DUPLICATE_MODES,
    description:
      'A row matching an existing record: skip it, update that record, or create anyway (customers: only where no blocking rule matches). Updating a customer with another owner in the owner column transfers it, as POST /customers/{id}/transfer does: the row fails unless the caller may reassign that customer.',
  })
  @IsIn(DUPLICATE_MODES)
  duplicateMode!: 'skip' | 'update' | 'create';

  @ApiPropertyOptional({
    enum: IMPORT_ENCODINGS,
    description: `${ENCODING_DESCRIPTION} The mapping must fit the headers as read in it.`,
  })
  @IsOptional()
  @IsIn(IMPORT_ENCODINGS)
  encoding?: ImportEncoding;
}

export class SkippedRowsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export class SkippedRow {
  @ApiProperty({ description: 'The spreadsheet row number (the header is row 1).' }) row!: number;
  @ApiProperty({ type: String, nullable: true }) column!: string | null;
  @ApiProperty({ description: 'Why the row was skipped, e.g. the record it duplicates.' })
  reason!: string;
}

export class SkippedRowsResponse {
  @ApiProperty({ type: [SkippedRow] }) items!: SkippedRow[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UploadImportForm {
  @ApiPropertyOptional({
    type: 'string',
    format: 'binary',
    description:
      'A .csv file (UTF-8, UTF-16, GB18030/GBK or Big5: the encoding is detected) or an .xlsx workbook; the first row holds the headers.',
  })
  file?: unknown;
}

export function toImportResponse(job: ImportJob): ImportResponse {
  return {
    id: job.id,
    target: job.target,
    status: job.status,
    filename: job.filename,
    format: job.format,
    encoding: job.encoding,
    headers: job.headers,
    mapping: job.mapping,
    duplicateMode: job.duplicateMode,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    created: job.createdRows,
    updated: job.updatedRows,
    skipped: job.skippedRows,
    failed: job.failedRows,
    failureReason: job.failureReason,
    version: job.version,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
