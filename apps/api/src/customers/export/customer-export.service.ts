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
import { CustomersRepository } from '../customers.repository';
import { CustomersService } from '../customers.service';
import type { ListCustomersQuery } from '../dto/list-customers-query.dto';
import { EXPORT_COLUMNS } from './customer-export-columns';

/**
 * A filtered customer list as a file, through the list's permission-scoped keyset query;
 * the financial columns only for callers who may read them. In the caller's language.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly presenter: CustomersService,
    private readonly languages: ExportLanguageRepository,
  ) {}

  async export(
    auth: AuthContext,
    filter: ListCustomersQuery,
    format: ExportFormat,
    language: ExportLanguageRequest = {},
  ): Promise<SpreadsheetExport> {
    return spreadsheetExport({
      name: 'customers',
      sheetName: { 'zh-CN': '客户', en: 'Customers' },
      format,
      locale: exportLocale(language, await this.languages.savedLanguage(auth)),
      columns: EXPORT_COLUMNS.filter(
        (column) =>
          !['annualRevenue', 'creditLimit'].includes(column.field) ||
          auth.ability.can('read', 'Customer', column.field),
      ),
      page: (cursor) => this.customers.list(auth, { ...filter, limit: EXPORT_PAGE_SIZE, cursor }),
      present: (customer) => this.presenter.present(auth, customer),
    });
  }
}
