// Reads chosen rows of the generated customers file back (by their 1-based row index).
import fs from 'node:fs';
import { parse } from 'csv-parse';

export async function readCustomerRows(file, wanted) {
  const rows = new Map();
  let index = 0;
  const parser = fs.createReadStream(file).pipe(parse({ columns: true, bom: true }));
  for await (const record of parser) {
    index++;
    if (wanted.has(index)) rows.set(index, record);
  }
  return rows;
}
