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

  export(auth: AuthContext, filter: ListCustomersQuery, format: ExportFormat): CustomerExport {
    const columns = EXPORT_COLUMNS.filter(
      (column) =>
        !['annualRevenue', 'creditLimit'].includes(column.field) ||
        auth.ability.can('read', 'Customer', column.field),
    );
    const rows = Readable.from(this.rows(auth, filter, columns));
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

  private async *rows(auth: AuthContext, filter: ListCustomersQuery, columns: ExportColumn[]) {
    let cursor: string | undefined;
    do {
      const page = await this.customers.list(auth, { ...filter, limit: PAGE_SIZE, cursor });
      for (const customer of page.items) {
        const visible = this.presenter.present(auth, customer);
        yield columns.map((column) => neutralizeFormula(column.value(visible)));
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
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
