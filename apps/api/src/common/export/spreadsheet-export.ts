import { PassThrough, Readable } from 'node:stream';
import { neutralizeFormula } from '@kehu/domain';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../http/content-disposition';
import type { ApiLanguage } from '../i18n/request-language';
import type { Page } from '../pagination/keyset';
import { EXPORT_BOOLEANS, type ExportEnum, exportEnumLabel } from './export-labels';
import { displayWidth, toWallClock, wallClockText } from './export-format';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

/** An export answered as a download. */
export interface SpreadsheetExport {
  filename: string;
  contentType: string;
  stream: Readable;
}

/** The language and time zone an export is written in. */
export interface ExportLocale {
  language: ApiLanguage;
  timeZone: string;
}

type Scalar = string | number | boolean | null | undefined;

/**
 * How a column's values are shown, and its value for a row:
 * - `text` (default): as it is; `enum` / `enumList`: each value's label in the language
 *   (lists joined by `;`); `boolean`: 是/否, Yes/No;
 * - `dateTime`: an ISO instant shown in the export's time zone (a date cell in XLSX);
 * - `money`: a decimal shown with 2 decimals (a number cell in XLSX); `integer` likewise.
 */
export type ExportColumnValue<Row> = {
  /** The header's key in the export's headers when it is not the field's name. */
  header?: string;
} & (
  | { type?: 'text' | 'dateTime' | 'money' | 'integer' | 'boolean'; value: (row: Row) => Scalar }
  | { type: 'enum'; enum: ExportEnum; value: (row: Row) => string | null | undefined }
  | { type: 'enumList'; enum: ExportEnum; value: (row: Row) => readonly string[] | undefined }
);

/** One column of an export: the field a caller must be allowed to read to get it, and its values. */
export type ExportColumn<Row> = { field: string } & ExportColumnValue<Row>;

/** A column's key in the export's headers. */
export function columnKey(column: { field: string; header?: string }): string {
  return column.header ?? column.field;
}

/** A cell as written: text, a number, or a wall-clock time (UTC fields = local time). */
type Cell = string | number | Date | null;

/** Rows per page read from the list query while streaming. */
export const EXPORT_PAGE_SIZE = 1000;

/** Rows read before an XLSX sheet starts, to fit its column widths to their content. */
export const XLSX_WIDTH_SAMPLE_ROWS = 200;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const NUMBER_FORMATS: Partial<Record<NonNullable<ExportColumn<unknown>['type']>, string>> = {
  dateTime: 'yyyy-mm-dd hh:mm:ss',
  money: '#,##0.00',
  integer: '0',
};

export interface SpreadsheetExportSource<Item, Row> {
  /** The file name without date and extension, e.g. `customers`. */
  name: string;
  /** The worksheet's name in an XLSX file, per language. */
  sheetName: Readonly<Record<ApiLanguage, string>>;
  format: ExportFormat;
  locale: ExportLocale;
  /** Each column's header in the locale's language, by column key (else the key). */
  headers: Readonly<Record<string, string>>;
  columns: ReadonlyArray<ExportColumn<Row>>;
  /** A page of the permission-scoped keyset list, after `cursor`. */
  page: (cursor: string | undefined) => Promise<Page<Item>>;
  /** The item as the caller may see it. */
  present: (item: Item) => Row;
}

/** A column's value as a typed cell in the export's language and time zone. */
export function exportCell<Row>(column: ExportColumn<Row>, row: Row, locale: ExportLocale): Cell {
  if (column.type === 'enum') {
    const value = column.value(row);
    return value ? exportEnumLabel(column.enum, value, locale.language) : null;
  }
  if (column.type === 'enumList') {
    const values = column.value(row) ?? [];
    if (values.length === 0) return null;
    return values.map((value) => exportEnumLabel(column.enum, value, locale.language)).join(';');
  }
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'boolean':
      return EXPORT_BOOLEANS[locale.language][value === true || value === 'true' ? 'yes' : 'no'];
    case 'dateTime': {
      const instant = new Date(String(value));
      return Number.isNaN(instant.getTime())
        ? String(value)
        : toWallClock(instant, locale.timeZone);
    }
    case 'money':
    case 'integer': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? number : String(value);
    }
    case 'text':
    case undefined:
      return neutralizeFormula(String(value));
  }
}

/** A cell as CSV text: times as `YYYY-MM-DD HH:mm:ss`, amounts with 2 decimals. */
function csvText<Row>(column: ExportColumn<Row>, cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return wallClockText(cell);
  if (typeof cell === 'number') return column.type === 'money' ? cell.toFixed(2) : String(cell);
  return cell;
}

async function* cells<Item, Row>(
  source: SpreadsheetExportSource<Item, Row>,
  firstPage: Page<Item>,
): AsyncGenerator<Cell[]> {
  let page = firstPage;
  for (;;) {
    for (const item of page.items) {
      const row = source.present(item);
      yield source.columns.map((column) => exportCell(column, row, source.locale));
    }
    if (!page.nextCursor) return;
    page = await source.page(page.nextCursor);
  }
}

/** The width a cell needs, in characters (CJK counted double). */
function cellWidth<Row>(column: ExportColumn<Row>, cell: Cell): number {
  if (cell === null) return 0;
  if (cell instanceof Date) return 19;
  if (typeof cell === 'number') {
    return column.type === 'money'
      ? cell.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).length
      : String(cell).length;
  }
  return Math.max(...cell.split('\n').map(displayWidth));
}

/** Column widths fitted to the header and the sampled rows, within bounds. */
export function fittedWidths<Row>(
  columns: ReadonlyArray<ExportColumn<Row>>,
  headers: string[],
  sample: Cell[][],
): number[] {
  return columns.map((column, index) => {
    const widest = Math.max(
      displayWidth(headers[index] ?? ''),
      ...sample.map((row) => cellWidth(column, row[index] ?? null)),
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/**
 * Streams the rows into an XLSX workbook that opens ready to read: bold header row,
 * frozen below it, filter buttons, column widths fitted to the first rows, times as date
 * cells and amounts as number cells. Only the width sample is held in memory.
 */
function xlsxStream<Row>(
  rows: AsyncIterable<Cell[]>,
  sheetName: string,
  columns: ReadonlyArray<ExportColumn<Row>>,
  headers: string[],
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  void (async () => {
    try {
      const iterator = rows[Symbol.asyncIterator]();
      const sample: Cell[][] = [];
      let next = await iterator.next();
      while (!next.done && sample.length < XLSX_WIDTH_SAMPLE_ROWS) {
        sample.push(next.value);
        next = await iterator.next();
      }
      const widths = fittedWidths(columns, headers, sample);
      sheet.columns = widths.map((width) => ({ width }));
      // One style object per column, shared by its cells: the writer caches a style's id
      // by object, so a shared object costs one lookup instead of a new style per cell.
      const styles: Array<Partial<ExcelJS.Style>> = columns.map((column) => {
        const numFmt = column.type ? NUMBER_FORMATS[column.type] : undefined;
        return numFmt ? { numFmt } : {};
      });
      const addRow = (values: Cell[]) => {
        const row = sheet.addRow(values);
        for (let index = 0; index < styles.length; index++) {
          row.getCell(index + 1).style = styles[index];
        }
        row.commit();
      };
      const header = sheet.addRow(headers);
      const bold: Partial<ExcelJS.Style> = { font: { bold: true } };
      header.eachCell((cell) => {
        cell.style = bold;
      });
      header.commit();
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
      for (const row of sample) addRow(row);
      while (!next.done) {
        addRow(next.value);
        next = await iterator.next();
      }
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
 * read, and every text cell neutralized against formula injection. Headers and enum
 * values are in the caller's language, times in their time zone. The first page is read
 * before answering, so a filter the list refuses is a clear 4xx instead of a download
 * cut off mid-way.
 */
export async function spreadsheetExport<Item, Row>(
  source: SpreadsheetExportSource<Item, Row>,
): Promise<SpreadsheetExport> {
  const firstPage = await source.page(undefined);
  const { language, timeZone } = source.locale;
  const headers = source.columns.map(
    (column) => source.headers[columnKey(column)] ?? columnKey(column),
  );
  const stamp = wallClockText(toWallClock(new Date(), timeZone)).slice(0, 10);
  if (source.format === 'csv') {
    const textRows = async function* () {
      for await (const row of cells(source, firstPage)) {
        yield source.columns.map((column, index) => csvText(column, row[index] ?? null));
      }
    };
    // The BOM lets Excel open UTF-8 Chinese text correctly.
    return {
      filename: `${source.name}-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      stream: Readable.from(textRows()).pipe(
        stringify({ header: true, columns: headers, bom: true }),
      ),
    };
  }
  return {
    filename: `${source.name}-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    stream: xlsxStream(
      cells(source, firstPage),
      source.sheetName[language],
      source.columns,
      headers,
    ),
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
