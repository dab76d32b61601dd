import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy, PolicyForAnyOf } from '../authz/policy.decorator';
import { ValidationError } from '../common/errors/app-error';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { attachmentDisposition } from '../common/http/content-disposition';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { RateLimited } from '../common/rate-limit/caller-rate-limit.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import { GetRecordRoute } from '../common/http/record-routes.decorator';
import {
  ImportPreviewResponse,
  ImportResponse,
  PreviewImportRequest,
  SkippedRowsQuery,
  SkippedRowsResponse,
  StartImportRequest,
  UploadImportForm,
  UploadImportQuery,
} from './dto/import.dto';
import type { ImportTarget } from './entities/import-job.entity';
import { IMPORT_SUBJECTS } from './import-target';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('customers')
  @Policy('import', 'Customer')
  @RateLimited('import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImportForm })
  @ApiCreatedResponse({
    type: ImportPreviewResponse,
    description: 'Uploaded: the first rows and a suggested mapping to customer fields.',
  })
  @ApiProblems(413, 415)
  @ApiOperation({
    summary: 'Upload a customer import file',
    description:
      'Receives a CSV or XLSX file (multipart/form-data, field file) and answers a preview: its columns, a few sample rows and a suggested mapping to customer fields. Nothing is imported yet.',
  })
  upload(
    @CurrentAuth() auth: AuthContext,
    @Query() query: UploadImportQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportPreviewResponse> {
    return this.receive(auth, 'customers', query, request, reply);
  }

  @Post('leads')
  @Policy('import', 'Lead')
  @RateLimited('import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImportForm })
  @ApiCreatedResponse({
    type: ImportPreviewResponse,
    description:
      'Uploaded: the first rows and a suggested mapping to lead fields. Rows without an owner are assigned by the assignment rules; duplicates are matched on normalized phone and email against live leads.',
  })
  @ApiProblems(413, 415)
  @ApiOperation({
    summary: 'Upload a lead import file',
    description:
      'Receives a CSV or XLSX file of leads (multipart/form-data, field file) and answers a preview with a suggested mapping to lead fields. Nothing is imported yet.',
  })
  uploadLeads(
    @CurrentAuth() auth: AuthContext,
    @Query() query: UploadImportQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportPreviewResponse> {
    return this.receive(auth, 'leads', query, request, reply);
  }

  @Post(':id/preview')
  @PolicyForAnyOf('import', IMPORT_SUBJECTS)
  @RateLimited('import')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiOkResponse({
    type: ImportPreviewResponse,
    description:
      'Reads the uploaded CSV file again in another encoding: the headers and first rows as they read in it. Bytes not valid in it: 400.',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Preview an uploaded file again',
    description:
      'Reads the uploaded file again with other options (e.g. text encoding or header row) and answers a new preview, before the import starts.',
  })
  preview(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: PreviewImportRequest,
  ): Promise<ImportPreviewResponse> {
    return this.imports.reread(auth, id, version, body.encoding);
  }

  @Post(':id/start')
  @PolicyForAnyOf('import', IMPORT_SUBJECTS)
  @RateLimited('import')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiOkResponse({
    type: ImportResponse,
    description: 'Queued: poll GET /imports/{id} for progress.',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Start an import',
    description:
      'Starts importing the uploaded file with the column mapping and the duplicate mode (skip, update or create). The import runs in the background; follow it with Get an import.',
  })
  start(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: StartImportRequest,
  ): Promise<ImportResponse> {
    return this.imports.start(auth, id, version, body);
  }

  @GetRecordRoute('an import', ImportResponse, {
    description:
      "The import's status and progress: rows processed, created, updated, skipped and failed.",
  })
  @PolicyForAnyOf('import', IMPORT_SUBJECTS)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ImportResponse> {
    return this.imports.get(auth, id);
  }

  @Get(':id/skipped')
  @PolicyForAnyOf('import', IMPORT_SUBJECTS)
  @ApiOkResponse({
    type: SkippedRowsResponse,
    description:
      'The rows the import skipped (e.g. duplicates in skip mode), each with the reason, in row order.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "List an import's skipped rows",
    description:
      'The rows the import skipped (e.g. duplicates in skip mode), each with the reason, in row order, one page at a time.',
  })
  skipped(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Query() query: SkippedRowsQuery,
  ): Promise<SkippedRowsResponse> {
    return this.imports.skippedRows(auth, id, query);
  }

  @Get(':id/errors.csv')
  @PolicyForAnyOf('import', IMPORT_SUBJECTS)
  @ApiOkResponse({
    description: 'The rejected rows: row, column, reason.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "Download an import's error report",
    description:
      'The rows that could not be imported, as CSV: row number, column and reason, to fix and import again.',
  })
  async errors(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const report = await this.imports.errorReport(auth, id);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(report.filename))
      .send(report.stream);
  }

  /** Saves the multipart file and answers its preview. */
  private async receive(
    auth: AuthContext,
    target: ImportTarget,
    query: UploadImportQuery,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<ImportPreviewResponse> {
    if (!request.isMultipart())
      throw ValidationError.field('file', 'send the file as multipart/form-data');
    const file = await request.file();
    if (!file) throw ValidationError.field('file', 'is required');
    const preview = await this.imports.upload(
      auth,
      target,
      { filename: file.filename, stream: file.file },
      query.encoding,
    );
    setLocation(reply, `imports/${preview.id}`);
    return preview;
  }
}
