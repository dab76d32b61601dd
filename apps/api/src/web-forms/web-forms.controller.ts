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
  list(@Query() query: ListWebFormsQuery, @Req() request: FastifyRequest) {
    return this.forms.list(query, baseUrlOf(request));
  }

  @Post()
  @Policy('update', 'Settings')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: WebFormResponse, description: 'With its public key and snippet.' })
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
  get(@UuidParam() id: string, @Req() request: FastifyRequest) {
    return this.forms.get(id, baseUrlOf(request));
  }

  @Patch(':id')
  @Policy('update', 'Settings')
  @ApiIfMatch()
  @ApiOkResponse({ type: WebFormResponse })
  @ApiProblems(404)
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
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.forms.restore(auth, id, baseUrlOf(request));
  }
}
