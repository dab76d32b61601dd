import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../authz/auth-context';
import { ExportCustomFieldColumns } from './custom-field-columns';
import { ExportLanguageRepository } from './export-language.repository';
import { type ExportLanguageRequest, exportLocale } from './export-locale';
import type { ExportTarget } from './export-target';
import {
  EXPORT_PAGE_SIZE,
  type ExportFormat,
  type SpreadsheetExport,
  spreadsheetExport,
} from './spreadsheet-export';

/**
 * A filtered list of any export target as a file, in the caller's language: streamed
 * through the target's permission-scoped keyset query, with only the columns whose
 * fields the caller may read.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly languages: ExportLanguageRepository,
    private readonly customFieldColumns: ExportCustomFieldColumns,
  ) {}

  async export<Filter extends object, Item, Row>(
    target: ExportTarget<Filter, Item, Row>,
    auth: AuthContext,
    filter: Filter,
    format: ExportFormat,
    language: ExportLanguageRequest = {},
  ): Promise<SpreadsheetExport> {
    const locale = exportLocale(language, await this.languages.savedLanguage(auth));
    const custom = target.customFields
      ? await this.customFieldColumns.columns(auth, target.customFields, locale)
      : { columns: [], headers: {} };
    return spreadsheetExport({
      name: target.fileName,
      sheetName: target.sheetName,
      format,
      locale,
      headers: { ...target.headers[locale.language], ...custom.headers },
      columns: [...target.columns, ...custom.columns].filter((column) =>
        auth.ability.can('read', target.subject, column.field),
      ),
      page: (cursor) => target.page(auth, { ...filter, limit: EXPORT_PAGE_SIZE, cursor }),
      present: (item) => target.present(auth, item),
    });
  }
}
