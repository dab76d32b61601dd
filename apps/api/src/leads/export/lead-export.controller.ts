import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  IntersectionType,
  OmitType,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../../authz/auth-context';
import { CurrentAuth } from '../../authz/current-auth.decorator';
import { Policy } from '../../authz/policy.decorator';
import { ExportOptionsQuery } from '../../common/export/export-options.dto';
import { sendSpreadsheet } from '../../common/export/spreadsheet-export';
import { ApiSignedInProblems } from '../../common/http/api-problems.decorator';
import { RateLimited } from '../../common/rate-limit/caller-rate-limit.decorator';
import { ListLeadsQuery } from '../dto/list-leads-query.dto';
import { LeadExportService } from './lead-export.service';

export class ExportLeadsQuery extends IntersectionType(
  OmitType(ListLeadsQuery, ['limit', 'cursor'] as const),
  ExportOptionsQuery,
) {}

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
