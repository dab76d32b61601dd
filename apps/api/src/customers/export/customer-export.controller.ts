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
import { ListCustomersQuery } from '../dto/list-customers-query.dto';
import { CustomerExportService } from './customer-export.service';

export class ExportCustomersQuery extends OmitType(ListCustomersQuery, [
  'limit',
  'cursor',
] as const) {
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

@ApiTags('customers')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers')
export class CustomerExportController {
  constructor(private readonly exports: CustomerExportService) {}

  @Get('export')
  @Policy('export', 'Customer')
  @RateLimited('export')
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: 'zh-CN or en: the language of the file when `lang` is not given.',
  })
  @ApiOkResponse({
    description:
      'The filtered list as a file, streamed: only customers and fields the caller may read.',
    content: {
      'text/csv': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({
    summary: 'Export customers',
    description:
      'Downloads the customers the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM, opens in Excel) or XLSX. Columns the caller may not read are left out.',
  })
  async export(
    @CurrentAuth() auth: AuthContext,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query() query: ExportCustomersQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { format, lang, timezone, ...filter } = query;
    sendSpreadsheet(
      reply,
      await this.exports.export(auth, filter, format ?? 'csv', { lang, acceptLanguage, timezone }),
    );
  }
}
