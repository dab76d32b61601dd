import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiSecurity,
  ApiTags,
  OmitType,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsTimeZone, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../../authz/auth-context';
import { CurrentAuth } from '../../authz/current-auth.decorator';
import { Policy } from '../../authz/policy.decorator';
import { EXPORT_LANGUAGES } from '../../common/export/export-locale';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  sendSpreadsheet,
} from '../../common/export/spreadsheet-export';
import { ApiSignedInProblems } from '../../common/http/api-problems.decorator';
import { RateLimited } from '../../common/rate-limit/caller-rate-limit.decorator';
import { ListLeadsQuery } from '../dto/list-leads-query.dto';
import { LeadExportService } from './lead-export.service';

export class ExportLeadsQuery extends OmitType(ListLeadsQuery, ['limit', 'cursor'] as const) {
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

@ApiTags('leads')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('leads')
export class LeadExportController {
  constructor(private readonly exports: LeadExportService) {}

  @Get('export')
  @Policy('export', 'Lead')
  @RateLimited('export')
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: 'zh-CN or en: the language of the file when `lang` is not given.',
  })
  @ApiOkResponse({
    description:
      'The filtered lead list (the same filters as GET /leads) as a file, streamed: only leads the caller may read.',
    content: {
      'text/csv': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({
    summary: 'Export leads',
    description:
      'Downloads the leads the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM) or XLSX.',
  })
  async export(
    @CurrentAuth() auth: AuthContext,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query() query: ExportLeadsQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { format, lang, timezone, ...filter } = query;
    sendSpreadsheet(
      reply,
      await this.exports.export(auth, filter, format ?? 'csv', { lang, acceptLanguage, timezone }),
    );
  }
}
