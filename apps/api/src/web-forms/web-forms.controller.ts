import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import {
  CreateWebFormRequest,
  ListWebFormsQuery,
  UpdateWebFormRequest,
  WebFormListResponse,
  WebFormResponse,
} from './dto/web-form.dto';
import { WebFormsService } from './web-forms.service';

/** Where the API is reached from outside: the base of the embed snippet's URL. */
export function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

@ApiTags('settings')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('settings/web-forms')
export class WebFormsController {
  constructor(private readonly forms: WebFormsService) {}

  @Get()
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: WebFormListResponse })
  @ApiOperation({
    summary: 'List web forms',
    description:
      "The web forms the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A web form publishes a lead-capture form whose submissions on a website create leads.",
  })
  list(@Query() query: ListWebFormsQuery, @Req() request: FastifyRequest) {
    return this.forms.list(query, baseUrlOf(request));
  }

  @Post()
  @Policy('update', 'Settings')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: WebFormResponse, description: 'With its public key and snippet.' })
  @ApiOperation({
    summary: 'Create a web form',
    description:
      'Creates a web form and answers it, with its address in the Location header. A web form publishes a lead-capture form whose submissions on a website create leads.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateWebFormRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const form = await this.forms.create(auth, body, baseUrlOf(request));
    setLocation(reply, `settings/web-forms/${form.id}`);
    return form;
  }

  @Get(':id')
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: WebFormResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a web form',
    description:
      'One web form by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@UuidParam() id: string, @Req() request: FastifyRequest) {
    return this.forms.get(id, baseUrlOf(request));
  }

  @Patch(':id')
  @Policy('update', 'Settings')
  @ApiIfMatch()
  @ApiOkResponse({ type: WebFormResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Update a web form',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the web form since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateWebFormRequest,
    @Req() request: FastifyRequest,
  ) {
    return this.forms.update(auth, id, version, body, baseUrlOf(request));
  }

  @Delete(':id')
  @Policy('update', 'Settings')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft): the form takes no more submissions.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Delete a web form',
    description:
      'Soft-deletes the web form: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.forms.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('update', 'Settings')
  @HttpCode(200)
  @ApiOkResponse({ type: WebFormResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Restore a deleted web form',
    description:
      'Brings back a soft-deleted web form as it was; 409 when it would now clash with another record.',
  })
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.forms.restore(auth, id, baseUrlOf(request));
  }
}
