import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { neutralizeFormula } from '@kehu/domain';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { AuthContext } from '../../authz/auth-context';
import { CustomersRepository } from '../customers.repository';
import { CustomersService } from '../customers.service';
import type { ListCustomersQuery } from '../dto/list-customers-query.dto';
import { EXPORT_COLUMNS, type ExportColumn } from './customer-export-columns';

export type ExportFormat = 'csv' | 'xlsx';

export interface CustomerExport {
  filename: string;
  contentType: string;
  stream: Readable;
}

const PAGE_SIZE = 1000;

type CustomerPage = Awaited<ReturnType<CustomersRepository['list']>>;

/**
 * Streams a filtered customer list as CSV or XLSX, page by page through the same
 * permission-scoped keyset query as the list: flat memory at any size, only rows and
 * fields the caller may read, and cells neutralized against formula injection.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly presenter: CustomersService,
  ) {}

  /**
   * Reads the first page before answering, so that a filter the list refuses (an unknown
   * segment, a restricted field) is a clear 4xx instead of a download cut off mid-way.
   */
  async export(
    auth: AuthContext,
    filter: ListCustomersQuery,
    format: ExportFormat,
  ): Promise<CustomerExport> {
    const columns = EXPORT_COLUMNS.filter(
      (column) =>
        !['annualRevenue', 'creditLimit'].includes(column.field) ||
        auth.ability.can('read', 'Customer', column.field),
    );
    const firstPage = await this.customers.list(auth, { ...filter, limit: PAGE_SIZE });
    const rows = Readable.from(this.rows(auth, filter, columns, firstPage));
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') {
      // The BOM lets Excel open UTF-8 Chinese text correctly.
      const csv = stringify({
        header: true,
        columns: columns.map((column) => column.field),
        bom: true,
      });
      return {
        filename: `customers-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        stream: rows.pipe(csv),
      };
    }
    return {
      filename: `customers-${stamp}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      stream: this.xlsx(rows, columns),
    };
  }

  private async *rows(
    auth: AuthContext,
    filter: ListCustomersQuery,
    columns: ExportColumn[],
    firstPage: CustomerPage,
  ) {
    let page = firstPage;
    for (;;) {
      for (const customer of page.items) {
        const visible = this.presenter.present(auth, customer);
        yield columns.map((column) => neutralizeFormula(column.value(visible)));
      }
      if (!page.nextCursor) return;
      page = await this.customers.list(auth, {
        ...filter,
        limit: PAGE_SIZE,
        cursor: page.nextCursor,
      });
    }
  }

  private xlsx(rows: Readable, columns: ExportColumn[]): Readable {
    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(columns.map((column) => column.field)).commit();
    void (async () => {
      try {
        for await (const row of rows) sheet.addRow(row as string[]).commit();
        sheet.commit();
        await workbook.commit();
      } catch (error) {
        output.destroy(error as Error);
      }
    })();
    return output;
  }
}
