import fs from 'node:fs';
import { pipeline } from 'node:stream';
import type { ImportEncoding } from '@kehu/domain';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { decodeText, UndecodableTextError } from './text-encoding';

/** The largest CSV record accepted: a longer one is a broken file, not a customer. */
const MAX_RECORD_BYTES = 1_048_576;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // A date cell holds a wall-clock time (in the Date's UTC fields): its date, and its
  // time where it has one (a date-time custom field reads it as China time).
  if (value instanceof Date) {
    const text = value.toISOString();
    return text.endsWith('T00:00:00.000Z')
      ? text.slice(0, 10)
      : `${text.slice(0, 10)} ${text.slice(11, 19)}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : '';
  if ('result' in value) return cellText(value.result ?? null);
  return ''; // errors and anything else a cell can hold carry no text
}

async function* csvRows(path: string, encoding: ImportEncoding): AsyncGenerator<string[]> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  // Decoded as it is read; an error anywhere (a broken byte, a broken quote) ends the rows.
  pipeline(fs.createReadStream(path), ...decodeText(encoding), parser, () => undefined);
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

/**
 * The rows of an uploaded sheet, streamed (the header row first), whatever its size. A CSV
 * file is read in its encoding (UTF-8 when none was told).
 */
export function readSheetRows(
  path: string,
  format: 'csv' | 'xlsx',
  encoding: ImportEncoding | null = null,
): AsyncGenerator<string[]> {
  return format === 'csv' ? csvRows(path, encoding ?? 'utf-8') : xlsxRows(path);
}

/** A file that cannot be imported as a whole, found before any row is written. */
export class SheetStructureError extends Error {}

function structureProblem(format: 'csv' | 'xlsx', error: unknown): SheetStructureError {
  if (format === 'xlsx') return new SheetStructureError('The file is not a valid XLSX workbook.');
  if (error instanceof UndecodableTextError) return new SheetStructureError(error.message);
  const message = error instanceof Error ? error.message : String(error);
  const tooLong = /max_record_size|record size/i.test(message);
  return new SheetStructureError(
    tooLong
      ? `The file is not valid CSV: a record is longer than ${MAX_RECORD_BYTES / 1_048_576} MB (${message})`.slice(
          0,
          500,
        )
      : `The file is not valid CSV: ${message}`.slice(0, 500),
  );
}

/**
 * Reads the whole sheet once, the way the import will, before any row is written: a
 * record that is too long, a broken quote or a damaged workbook anywhere in the file
 * fails the import here, with nothing imported. Answers the number of data rows.
 */
export async function inspectSheet(
  path: string,
  format: 'csv' | 'xlsx',
  encoding: ImportEncoding | null = null,
): Promise<number> {
  let rows = -1; // the header
  try {
    for await (const cells of readSheetRows(path, format, encoding)) if (cells) rows++;
  } catch (error) {
    throw structureProblem(format, error);
  }
  return Math.max(0, rows);
}
