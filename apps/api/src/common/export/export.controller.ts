import { Controller, Get, Headers, Inject, Query, Res, type Type } from '@nestjs/common';
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
import type { SubjectName } from '@kehu/domain';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../../authz/auth-context';
import { CurrentAuth } from '../../authz/current-auth.decorator';
import { Policy } from '../../authz/policy.decorator';
import { ApiSignedInProblems } from '../http/api-problems.decorator';
import { RateLimited } from '../rate-limit/caller-rate-limit.decorator';
import { ExportOptionsQuery } from './export-options.dto';
import type { ExportTarget } from './export-target';
import { ExportService } from './export.service';
import { sendSpreadsheet } from './spreadsheet-export';

/** The query of a list, as far as an export cares: it pages with `limit` and `cursor`. */
interface ListQuery {
  limit?: number;
  cursor?: string;
}

/** Where and how a target's export is served, and how it reads in the OpenAPI document. */
export interface ExportRoute<Subject extends SubjectName, Filter extends ListQuery, Item, Row> {
  /** The controller's name without `Controller`, and so the operation id `<name>_export`. */
  name: string;
  /** The list's path, e.g. `customers`: the export is `GET /customers/export`. */
  path: string;
  /** The OpenAPI tag, the list's own. */
  tag: string;
  /** The subject whose `export` permission the caller needs: the target's. */
  subject: Subject;
  /** The provider of the target (registered by the target's module). */
  target: Type<
    ExportTarget<Omit<Filter, 'limit' | 'cursor'>, Item, Row> & { readonly subject: Subject }
  >;
  /** The list's query: the export takes the same filters, without its page size and cursor. */
  listQuery: Type<Filter>;
  summary: string;
  description: string;
  /** The 200 response's description. */
  fileDescription: string;
}

/**
 * A controller serving `GET /<path>/export` for one export target: the list's filters
 * plus `format` (csv, xlsx), `lang` and `timezone`, answered as a download by the one
 * `ExportService`. A module registers it beside its target:
 * `controllers: [exportController({ ..., target: CustomerExportTarget })]`.
 */
export function exportController<Subject extends SubjectName, Filter extends ListQuery, Item, Row>(
  route: ExportRoute<Subject, Filter, Item, Row>,
): Type<unknown> {
  class ExportQuery extends IntersectionType(
    OmitType(route.listQuery as Type<ListQuery>, ['limit', 'cursor'] as const),
    ExportOptionsQuery,
  ) {}

  @ApiTags(route.tag)
  @ApiBearerAuth()
  @ApiSecurity('apiKey')
  @ApiSignedInProblems()
  @Controller(route.path)
  class ExportController {
    constructor(
      @Inject(ExportService) private readonly exports: ExportService,
      @Inject(route.target)
      private readonly target: ExportTarget<Omit<Filter, 'limit' | 'cursor'>, Item, Row>,
    ) {}

    @Get('export')
    @Policy('export', route.subject)
    @RateLimited('export')
    @ApiHeader({
      name: 'Accept-Language',
      required: false,
      description: 'zh-CN or en: the language of the file when `lang` is not given.',
    })
    @ApiOkResponse({
      description: route.fileDescription,
      content: {
        'text/csv': { schema: { type: 'string', format: 'binary' } },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: { type: 'string', format: 'binary' },
        },
      },
    })
    @ApiOperation({ summary: route.summary, description: route.description })
    async export(
      @CurrentAuth() auth: AuthContext,
      @Headers('accept-language') acceptLanguage: string | undefined,
      @Query() query: ExportQuery,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const { format, lang, timezone, ...filter } = query;
      sendSpreadsheet(
        reply,
        await this.exports.export(this.target, auth, filter, format ?? 'csv', {
          lang,
          acceptLanguage,
          timezone,
        }),
      );
    }
  }

  Object.defineProperty(ExportController, 'name', { value: `${route.name}Controller` });
  return ExportController;
}
