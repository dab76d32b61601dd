import { PassThrough, Readable } from 'node:stream';
import { neutralizeFormula } from '@kehu/domain';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../http/content-disposition';
import type { Page } from '../pagination/keyset';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

/** An export answered as a download. */
export interface SpreadsheetExport {
  filename: string;
  contentType: string;
  stream: Readable;
}

/** One column of an export: its header, and its text for a row. */
export interface ExportColumn<Row> {
  /** The header, and the field a caller must be allowed to read to get the column. */
  field: string;
  value: (row: Row) => string;
}

/** Rows per page read from the list query while streaming. */
export const EXPORT_PAGE_SIZE = 1000;

export interface SpreadsheetExportSource<Item, Row> {
  /** The file name without date and extension, e.g. `customers`. */
  name: string;
  /** The worksheet's name in an XLSX file. */
  sheetName: string;
  format: ExportFormat;
  columns: ReadonlyArray<ExportColumn<Row>>;
  /** A page of the permission-scoped keyset list, after `cursor`. */
  page: (cursor: string | undefined) => Promise<Page<Item>>;
  /** The item as the caller may see it. */
  present: (item: Item) => Row;
}

async function* cells<Item, Row>(
  source: SpreadsheetExportSource<Item, Row>,
  firstPage: Page<Item>,
): AsyncGenerator<string[]> {
  let page = firstPage;
  for (;;) {
    for (const item of page.items) {
      const row = source.present(item);
      yield source.columns.map((column) => neutralizeFormula(column.value(row)));
    }
    if (!page.nextCursor) return;
    page = await source.page(page.nextCursor);
  }
}

function xlsxStream(rows: Readable, sheetName: string, headers: string[]): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
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

/**
 * Streams a filtered list as CSV or XLSX, page by page through the list's own
 * permission-scoped keyset query: flat memory at any size, only rows the caller may
 * read, and every cell neutralized against formula injection. The first page is read
 * before answering, so a filter the list refuses is a clear 4xx instead of a download
 * cut off mid-way.
 */
export async function spreadsheetExport<Item, Row>(
  source: SpreadsheetExportSource<Item, Row>,
): Promise<SpreadsheetExport> {
  const firstPage = await source.page(undefined);
  const rows = Readable.from(cells(source, firstPage));
  const headers = source.columns.map((column) => column.field);
  const stamp = new Date().toISOString().slice(0, 10);
  if (source.format === 'csv') {
    // The BOM lets Excel open UTF-8 Chinese text correctly.
    return {
      filename: `${source.name}-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      stream: rows.pipe(stringify({ header: true, columns: headers, bom: true })),
    };
  }
  return {
    filename: `${source.name}-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    stream: xlsxStream(rows, source.sheetName, headers),
  };
}

/** Sends an export as a download that is never cached. */
export function sendSpreadsheet(reply: FastifyReply, file: SpreadsheetExport): void {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.filename))
    .header('cache-control', 'no-store')
    .send(file.stream);
}
