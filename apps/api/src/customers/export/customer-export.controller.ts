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
import { ListCustomersQuery } from '../dto/list-customers-query.dto';
import { CustomerExportService } from './customer-export.service';

export class ExportCustomersQuery extends IntersectionType(
  OmitType(ListCustomersQuery, ['limit', 'cursor'] as const),
  ExportOptionsQuery,
) {}

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
