import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../authz/auth-context';
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
  constructor(private readonly languages: ExportLanguageRepository) {}

  async export<Filter extends object, Item, Row>(
    target: ExportTarget<Filter, Item, Row>,
    auth: AuthContext,
    filter: Filter,
    format: ExportFormat,
    language: ExportLanguageRequest = {},
  ): Promise<SpreadsheetExport> {
    const locale = exportLocale(language, await this.languages.savedLanguage(auth));
    return spreadsheetExport({
      name: target.fileName,
      sheetName: target.sheetName,
      format,
      locale,
      headers: target.headers[locale.language],
      columns: target.columns.filter((column) =>
        auth.ability.can('read', target.subject, column.field),
      ),
      page: (cursor) => target.page(auth, { ...filter, limit: EXPORT_PAGE_SIZE, cursor }),
      present: (item) => target.present(auth, item),
    });
  }
}
