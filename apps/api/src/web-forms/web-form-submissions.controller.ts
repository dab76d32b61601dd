import { Body, Controller, HttpCode, Options, Param, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../authz/policy.decorator';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { SubmissionReceivedResponse } from './dto/web-form.dto';
import { WebFormSubmissionsService } from './web-form-submissions.service';

/**
 * These routes answer CORS for each form's own origins; the API-wide CORS_ORIGINS (a
 * console on another host) must neither replace their preflight nor let its origin post.
 */
const OWN_CORS = { cors: false };

function allowOrigin(reply: FastifyReply, origin: string): void {
  void reply
    .header('access-control-allow-origin', origin)
    .header('vary', 'Origin')
    .header('access-control-allow-methods', 'POST')
    .header('access-control-allow-headers', 'Content-Type')
    .header('access-control-max-age', '600');
}

const originOf = (request: FastifyRequest) =>
  typeof request.headers.origin === 'string' ? request.headers.origin : undefined;

/** The public end of web forms: pages on the allowed origins post leads here, no login. */
@ApiTags('public')
@Controller('public/forms/:key/submissions')
export class WebFormSubmissionsController {
  constructor(private readonly submissions: WebFormSubmissionsService) {}

  @Options()
  @RouteConfig(OWN_CORS)
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'CORS preflight: allowed for the form’s origins only.' })
  @ApiProblems(403, 404)
  @ApiOperation({
    summary: 'Allow a website to submit a web form (CORS preflight)',
    description:
      "Answers the browser's CORS preflight for a web form, allowing the origins configured on the form.",
  })
  async preflight(
    @Param('key') key: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const origin = originOf(request);
    await this.submissions.formForOrigin(key, origin);
    allowOrigin(reply, origin as string);
  }

  @Post()
  @RouteConfig(OWN_CORS)
  @Public()
  @ApiBody({
    description:
      'The form’s fields, URL-encoded (a plain HTML form) or JSON. Only mapped fields and the (empty) honeypot are accepted.',
    required: true,
    schema: { type: 'object', additionalProperties: { type: 'string', maxLength: 2000 } },
  })
  @ApiCreatedResponse({ type: SubmissionReceivedResponse, description: 'A lead was created.' })
  @ApiProblems(400, 403, 404, 413, 429)
  @ApiOperation({
    summary: 'Submit a web form',
    description:
      "Receives a submission from a website (JSON or a plain HTML form post) and creates a lead from it, assigned by the lead rules. Needs no sign-in; only the form's mapped fields and its empty honeypot field are accepted.",
  })
  async submit(
    @Param('key') key: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionReceivedResponse> {
    const origin = originOf(request);
    await this.submissions.formForOrigin(key, origin);
    allowOrigin(reply, origin as string);
    await this.submissions.submit({ key, origin, address: request.ip, body });
    return { status: 'received' };
  }
}
