import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsTimeZone, MaxLength } from 'class-validator';
import { EXPORT_LANGUAGES } from './export-locale';
import { EXPORT_FORMATS, type ExportFormat } from './spreadsheet-export';

/** What every list export takes beside its list's filters: file format, language and zone. */
export class ExportOptionsQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({
    enum: EXPORT_LANGUAGES,
    description:
      "The language of headers and values; by default the Accept-Language header, else the user's saved language, else zh-CN. Times are in China time (Asia/Shanghai).",
  })
  @IsOptional()
  @IsIn(EXPORT_LANGUAGES)
  lang?: (typeof EXPORT_LANGUAGES)[number];

  @ApiPropertyOptional({
    example: 'Asia/Shanghai',
    default: 'Asia/Shanghai',
    description: 'The IANA time zone the file shows times in.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timezone?: string;
}
