import path from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { IMPORT_ENCODING_LABELS, type ImportEncoding, neutralizeFormula } from '@kehu/domain';
import { stringify } from 'csv-stringify';
import type { AuthContext } from '../authz/auth-context';
import {
  ConflictError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
} from '../common/errors/app-error';
import { assertVersion } from '../common/versioning/versioned-update';
import { TransactionRunner } from '../database/transaction-runner';
import {
  type ImportPreviewResponse,
  type ImportResponse,
  type SkippedRowsQuery,
  type SkippedRowsResponse,
  type StartImportRequest,
  toImportResponse,
} from './dto/import.dto';
import type { ImportJob, ImportTarget } from './entities/import-job.entity';
import { CustomFieldColumns, customFieldKeyOf } from './custom-field-columns';
import { IMPORT_TARGET_HANDLERS, type ImportTargetHandler } from './import-target';
import { ImportRunner } from './import-runner';
import { ImportsRepository } from './imports.repository';
import { readSheetRows } from './sheet-reader';
import { suggestMappingOf } from './suggested-mapping';
import { detectFileEncoding, UndecodableTextError } from './text-encoding';
import { UploadStore } from './upload-store';
import { workbookInflationProblem } from './workbook-inflation';

const SAMPLE_ROWS = 10;

export interface UploadedFile {
  filename: string;
  stream: NodeJS.ReadableStream & { truncated?: boolean };
}

function decodeSkippedCursor(cursor: string): { row: number; id: string } {
  const [row, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!/^\d+$/.test(row ?? '') || !/^[0-9a-f-]{36}$/.test(id ?? ''))
    throw ValidationError.field('cursor', 'is not a cursor this list gave');
  return { row: Number(row), id };
}

/** Upload → preview with a suggested mapping → start → progress → error report. */
@Injectable()
export class ImportsService {
  private readonly handlers: Map<ImportTarget, ImportTargetHandler>;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly uploads: UploadStore,
    private readonly runner: ImportRunner,
    private readonly transactions: TransactionRunner,
    private readonly customFields: CustomFieldColumns,
    @Inject(IMPORT_TARGET_HANDLERS) handlers: ImportTargetHandler[],
  ) {
    this.handlers = new Map(handlers.map((handler) => [handler.target, handler]));
  }

  async upload(
    auth: AuthContext,
    target: ImportTarget,
    file: UploadedFile,
    requestedEncoding?: ImportEncoding,
  ): Promise<ImportPreviewResponse> {
    this.handler(target); // an unknown target fails before the file is saved
    const extension = path.extname(file.filename).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx') {
      throw ValidationError.field('file', 'must be a .csv or .xlsx file');
    }
    const format = extension === '.csv' ? 'csv' : 'xlsx';
    if (requestedEncoding && format !== 'csv')
      throw ValidationError.field('encoding', 'applies to CSV files only');
    const { filePath, sizeBytes } = await this.uploads.save(file.stream, format);
    if (file.stream.truncated) {
      await this.uploads.remove(filePath);
      throw new PayloadTooLargeError('The file is larger than the upload limit.');
    }
    let rows: string[][];
    let detectedEncoding: ImportEncoding | null = null;
    try {
      const inflation = format === 'xlsx' ? await workbookInflationProblem(filePath) : null;
      if (inflation) {
        await this.uploads.remove(filePath);
        throw ValidationError.field('file', inflation);
      }
      if (format === 'csv') detectedEncoding = await detectFileEncoding(filePath);
      rows = await this.firstRows(filePath, format, requestedEncoding ?? detectedEncoding);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      await this.uploads.remove(filePath);
      if (error instanceof UndecodableTextError)
        throw this.undecodable(requestedEncoding ? 'encoding' : 'file', error);
      throw ValidationError.field('file', `is not a readable ${format.toUpperCase()} file`);
    }
    if (rows.length === 0 || rows[0].every((header) => header.trim() === '')) {
      await this.uploads.remove(filePath);
      throw ValidationError.field('file', 'has no header row');
    }
    const headers = rows[0].map((header) => header.trim());
    const id = await this.imports.create({
      target,
      status: 'uploaded',
      filename: path.basename(file.filename).slice(0, 255),
      format,
      encoding: requestedEncoding ?? detectedEncoding,
      filePath,
      sizeBytes: String(sizeBytes),
      headers,
      createdById: auth.actor.id,
      createdByType: auth.actor.type,
    });
    const job = await this.findVisible(auth, id);
    return this.preview(auth, job, rows, detectedEncoding);
  }

  /**
   * Reads an uploaded CSV file again in another encoding, before it is started: the
   * headers and the first rows as they read in it. Bytes that are not valid in it are a 400.
   */
  async reread(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    encoding: ImportEncoding,
  ): Promise<ImportPreviewResponse> {
    const job = await this.findVisible(auth, id);
    assertVersion(job.version, ifMatch);
    const { job: reread, rows } = await this.readIn(job, encoding);
    return this.preview(auth, reread, rows, await detectFileEncoding(job.filePath));
  }

  private async preview(
    auth: AuthContext,
    job: ImportJob,
    rows: string[][],
    detectedEncoding: ImportEncoding | null,
  ): Promise<ImportPreviewResponse> {
    const handler = this.handler(job.target);
    return {
      ...toImportResponse(job),
      sampleRows: rows.slice(1),
      suggestedMapping: await this.customFields.suggest(
        auth,
        handler.recordType,
        job.headers,
        (headers) => suggestMappingOf(handler, headers),
      ),
      detectedEncoding,
    };
  }

  /** An uploaded, not yet started CSV import, switched to another encoding. */
  private async readIn(
    job: ImportJob,
    encoding: ImportEncoding,
  ): Promise<{ job: ImportJob; rows: string[][] }> {
    const { headers, rows } = await this.decodedIn(job, encoding);
    if (!(await this.imports.reread(job.id, job.version, encoding, headers)))
      throw new ConflictError('The import was started or changed meanwhile.');
    const reread = await this.imports.findById(job.id);
    if (!reread) throw new NotFoundError('The import');
    return { job: reread, rows };
  }

  /** The first rows of an uploaded CSV import as they read in another encoding; nothing is saved. */
  private async decodedIn(
    job: ImportJob,
    encoding: ImportEncoding,
  ): Promise<{ headers: string[]; rows: string[][] }> {
    if (job.status !== 'uploaded') throw new ConflictError(`The import is already ${job.status}.`);
    if (job.format !== 'csv') throw ValidationError.field('encoding', 'applies to CSV files only');
    let rows: string[][];
    try {
      rows = await this.firstRows(job.filePath, job.format, encoding);
    } catch (error) {
      if (error instanceof UndecodableTextError) throw this.undecodable('encoding', error);
      throw ValidationError.field('file', 'is not a readable CSV file');
    }
    if (rows.length === 0 || rows[0].every((header) => header.trim() === ''))
      throw ValidationError.field('file', 'has no header row');
    return { headers: rows[0].map((header) => header.trim()), rows };
  }

  private undecodable(field: 'file' | 'encoding', error: UndecodableTextError): ValidationError {
    return ValidationError.field(
      field,
      `${field === 'file' ? 'is' : 'does not fit the file: it is'} not valid ${IMPORT_ENCODING_LABELS[error.encoding]} text at line ${error.line}. Choose the file's encoding (or save it as UTF-8) and try again.`,
    );
  }

  async start(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: StartImportRequest,
  ) {
    const job = await this.findVisible(auth, id);
    assertVersion(job.version, ifMatch);
    if (job.status !== 'uploaded') throw new ConflictError(`The import is already ${job.status}.`);
    // Another encoding is read here but saved only with the start, so a refused start
    // changes nothing.
    const reencoded =
      request.encoding && request.encoding !== job.encoding
        ? {
            encoding: request.encoding,
            headers: (await this.decodedIn(job, request.encoding)).headers,
          }
        : null;
    const headers = reencoded?.headers ?? job.headers;
    if (request.mapping.length !== headers.length) {
      throw ValidationError.field('mapping', `must have one entry per column (${headers.length})`);
    }
    const fields = request.mapping.filter((field): field is string => field !== null);
    const handler = this.handler(job.target);
    // A custom field hidden from the caller answers as an unknown one.
    const unknownCustomFields = new Set(
      await this.customFields.unknownKeys(auth, handler.recordType, fields),
    );
    const foreign = fields.find((field) => {
      const key = customFieldKeyOf(field);
      return key === null ? !handler.fields.includes(field) : unknownCustomFields.has(key);
    });
    if (foreign)
      throw ValidationError.field('mapping', `${foreign} is not a field of ${job.target}`);
    if (!fields.includes('name'))
      throw ValidationError.field('mapping', 'must map a column to name');
    const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
    if (repeated) throw ValidationError.field('mapping', `maps two columns to ${repeated}`);
    // The import is queued exactly when its job is: both commit, or neither.
    const queued = await this.transactions.run(async (manager) => {
      let version = job.version;
      if (reencoded) {
        const { encoding, headers: reread } = reencoded;
        if (!(await this.imports.reread(id, version, encoding, reread, manager))) return false;
        version += 1;
      }
      if (!(await this.imports.queue(manager, id, version, request.mapping, request.duplicateMode)))
        return false;
      await this.runner.schedule(manager, id);
      return true;
    });
    if (!queued) throw new ConflictError('The import was started or changed meanwhile.');
    this.runner.wake();
    return this.get(auth, id);
  }

  async get(auth: AuthContext, id: string): Promise<ImportResponse> {
    return toImportResponse(await this.findVisible(auth, id));
  }

  /** The rejected rows as CSV: row number, column and reason. */
  async errorReport(
    auth: AuthContext,
    id: string,
  ): Promise<{ filename: string; stream: Readable }> {
    const job = await this.findVisible(auth, id);
    const imports = this.imports;
    async function* rows() {
      let afterRow = 0;
      let afterId = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const page = await imports.errorsAfter(job.id, afterRow, afterId, 1000);
        for (const error of page)
          yield [String(error.rowNumber), error.column ?? '', neutralizeFormula(error.reason)];
        if (page.length < 1000) return;
        afterRow = page[page.length - 1].rowNumber;
        afterId = page[page.length - 1].id;
      }
    }
    const csv = stringify({ header: true, columns: ['row', 'column', 'reason'], bom: true });
    return {
      filename: `${path.parse(job.filename).name}-errors.csv`,
      stream: Readable.from(rows()).pipe(csv),
    };
  }

  /** The skipped rows with the reason, in row order, a page at a time. */
  async skippedRows(
    auth: AuthContext,
    id: string,
    query: SkippedRowsQuery,
  ): Promise<SkippedRowsResponse> {
    const job = await this.findVisible(auth, id);
    const after = query.cursor ? decodeSkippedCursor(query.cursor) : null;
    const limit = query.limit ?? 50;
    const page = await this.imports.errorsAfter(
      job.id,
      after?.row ?? 0,
      after?.id ?? '00000000-0000-0000-0000-000000000000',
      limit + 1,
      'skipped',
    );
    const items = page.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({ row: row.rowNumber, column: row.column, reason: row.reason })),
      nextCursor:
        page.length > limit
          ? Buffer.from(`${last.rowNumber}:${last.id}`).toString('base64url')
          : null,
    };
  }

  private handler(target: ImportTarget): ImportTargetHandler {
    const handler = this.handlers.get(target);
    if (!handler) throw new Error(`Nothing imports ${target}.`);
    return handler;
  }

  /**
   * An import is seen by whoever started it (the user, or the API key), and by admins,
   * while they may still import its target: a lead import needs the right to import leads.
   */
  private async findVisible(auth: AuthContext, id: string): Promise<ImportJob> {
    const job = await this.imports.findById(id);
    const own = job?.createdById === auth.actor.id && job.createdByType === auth.actor.type;
    if (
      !job ||
      (!own && !auth.ability.can('manage', 'all')) ||
      !auth.ability.can('import', this.handler(job.target).subject)
    ) {
      throw new NotFoundError('The import');
    }
    return job;
  }

  private async firstRows(
    filePath: string,
    format: 'csv' | 'xlsx',
    encoding: ImportEncoding | null,
  ): Promise<string[][]> {
    const rows: string[][] = [];
    for await (const row of readSheetRows(filePath, format, encoding)) {
      rows.push(row);
      if (rows.length > SAMPLE_ROWS) break;
    }
    return rows;
  }
}
