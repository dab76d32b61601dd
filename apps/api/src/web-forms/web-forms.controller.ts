import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
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

  @GetRecordRoute('a web form', WebFormResponse)
  @Policy('read', 'Settings')
  get(@UuidParam() id: string, @Req() request: FastifyRequest) {
    return this.forms.get(id, baseUrlOf(request));
  }

  @PatchRecordRoute('a web form', WebFormResponse)
  @Policy('update', 'Settings')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateWebFormRequest,
    @Req() request: FastifyRequest,
  ) {
    return this.forms.update(auth, id, version, body, baseUrlOf(request));
  }

  @DeleteRecordRoute('a web form', {
    deleted: 'Deleted (soft): the form takes no more submissions.',
  })
  @Policy('update', 'Settings')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.forms.remove(auth, id, version);
  }

  @RestoreRecordRoute('a web form', WebFormResponse)
  @Policy('update', 'Settings')
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.forms.restore(auth, id, baseUrlOf(request));
  }
}
