import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { workbookInflationProblem, zipParts } from './workbook-inflation';

describe('workbook inflation', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-inflation-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function written(buffer: Buffer | ArrayBuffer, name: string): Promise<string> {
    const file = path.join(folder, name);
    await fs.promises.writeFile(file, Buffer.from(buffer as ArrayBuffer));
    return file;
  }

  it('lists the parts of a real workbook and finds nothing wrong with it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['name', 'email']);
    for (let i = 0; i < 1000; i++) sheet.addRow([`Customer ${i}`, `c${i}@example.com`]);
    const file = await written(await workbook.xlsx.writeBuffer(), 'real.xlsx');
    const parts = await zipParts(file);
    expect(parts.map((part) => part.name)).toContain('xl/worksheets/sheet1.xml');
    expect(await workbookInflationProblem(file)).toBeNull();
  });

  // Just over the size from which the ratio counts; compressing it takes a while on a busy machine.
  it('names a part that inflates a thousandfold as a zip bomb', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', 'a'.repeat(12 * 1_048_576));
    const file = await written(
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      'bomb.xlsx',
    );
    expect(await workbookInflationProblem(file)).toMatch(/zip bomb/);
  }, 60_000);

  it('refuses a file that is not a ZIP', async () => {
    const file = await written(Buffer.from('name,email\n'), 'csv.xlsx');
    await expect(zipParts(file)).rejects.toThrow(/not a ZIP/);
  });
});
