import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../authz/auth-context';
import { ExportLanguageRepository } from '../../common/export/export-language.repository';
import { type ExportLanguageRequest, exportLocale } from '../../common/export/export-locale';
import {
  EXPORT_PAGE_SIZE,
  type ExportFormat,
  type SpreadsheetExport,
  spreadsheetExport,
} from '../../common/export/spreadsheet-export';
import { presentLead } from '../lead.presenter';
import type { ListLeadsQuery } from '../dto/list-leads-query.dto';
import { LeadsRepository } from '../leads.repository';
import { LEAD_EXPORT_COLUMNS } from './lead-export-columns';

/**
 * A filtered lead list as a file, through the leads list's permission-scoped keyset query,
 * in the caller's language.
 */
@Injectable()
export class LeadExportService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly languages: ExportLanguageRepository,
  ) {}

  async export(
    auth: AuthContext,
    filter: ListLeadsQuery,
    format: ExportFormat,
    language: ExportLanguageRequest = {},
  ): Promise<SpreadsheetExport> {
    return spreadsheetExport({
      name: 'leads',
      sheetName: { 'zh-CN': '线索', en: 'Leads' },
      format,
      locale: exportLocale(language, await this.languages.savedLanguage(auth)),
      columns: LEAD_EXPORT_COLUMNS,
      page: (cursor) => this.leads.list(auth, { ...filter, limit: EXPORT_PAGE_SIZE, cursor }),
      present: (lead) => presentLead(auth, lead),
    });
  }
}
