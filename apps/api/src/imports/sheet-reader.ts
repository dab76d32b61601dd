import fs from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** The largest CSV record accepted: a longer one is a broken file, not a customer. */
const MAX_RECORD_BYTES = 1_048_576;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : '';
  if ('result' in value) return cellText(value.result ?? null);
  return ''; // errors and anything else a cell can hold carry no text
}

async function* csvRows(path: string): AsyncGenerator<string[]> {
  const parser = fs.createReadStream(path).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    }),
  );
  for await (const record of parser) yield record as string[];
}

async function* xlsxRows(path: string): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (values.some((value) => value.trim() !== '')) yield values;
    }
    return; // The first sheet only.
  }
}

/** The rows of an uploaded sheet, streamed (the header row first), whatever its size. */
export function readSheetRows(path: string, format: 'csv' | 'xlsx'): AsyncGenerator<string[]> {
  return format === 'csv' ? csvRows(path) : xlsxRows(path);
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * The records of a CSV file as the reader above yields them (empty lines skipped,
 * newlines inside quotes kept), counted from the raw bytes: several times faster than
 * parsing, so a million-row file gets its progress total in a moment.
 */
async function countCsvRecords(path: string): Promise<number> {
  let records = 0;
  let quoted = false;
  let lineHasContent = false;
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === QUOTE) {
        quoted = !quoted;
        lineHasContent = true;
      } else if (byte === NEWLINE && !quoted) {
        if (lineHasContent) records++;
        lineHasContent = false;
      } else if (byte !== CARRIAGE_RETURN) {
        lineHasContent = true;
      }
    }
  }
  return lineHasContent ? records + 1 : records;
}

/** The data rows of an uploaded sheet (without its header row). */
export async function countSheetRows(path: string, format: 'csv' | 'xlsx'): Promise<number> {
  let rows = -1; // the header
  if (format === 'csv') rows += await countCsvRecords(path);
  else for await (const cells of xlsxRows(path)) if (cells) rows++;
  return Math.max(0, rows);
}
