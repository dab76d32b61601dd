import { parse as parseQueryString } from 'node:querystring';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type RawServerDefault,
} from 'fastify';
import { AppModule } from '../app.module';
import { sendProblem } from '../common/errors/problem-reply';
import { createValidationPipe } from '../common/errors/validation-pipe';
import { loggerOptions, requestIdOf } from '../common/logging/logger-options';
import { PinoNestLogger } from '../common/logging/pino-nest-logger';
import type { AppConfig } from '../config/app-config';
import { serveConsole } from './console-static';
import { serveOpenApi } from './openapi';
import { CustomFieldsOpenApi } from './openapi-custom-fields';
import { OpenApiCustomFieldsRepository } from './openapi-custom-fields.repository';

/** One log line per request when it completes, instead of Fastify's two (received, completed). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // logged with the outcome, in requestCompleted
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (error || this.isLogDisabled(request)) {
      super.requestCompleted(error, request, reply, metadata);
      return;
    }
    reply.log.info(
      { req: request, res: reply, responseTime: reply.elapsedTime },
      `${request.method} ${request.url.split('?')[0]} ${reply.statusCode}`,
    );
  }
}

/**
 * The body parsers, registered before Nest registers its defaults (which then stand back).
 * Many HTTP clients send `Content-Type: application/json` with an empty body on a DELETE
 * or a body-less POST; Fastify's own parser refuses that. Here an empty body is read as no
 * body, so a route that needs one still answers its usual 400 validation problem; any other
 * body goes through Fastify's default (poisoning-safe) JSON parser. Form posts (web forms)
 * are parsed as before.
 */
function useBodyParsers(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    const text = body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, done);
  });
  app.useBodyParser('application/x-www-form-urlencoded', {}, (_request, body, done) => {
    done(null, { ...parseQueryString(body.toString('utf8')) });
  });
}

/** The whole HTTP application, ready to listen: used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: loggerOptions(config),
    genReqId: requestIdOf,
    logController: new OneLinePerRequest(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // Errors Fastify raises before routing (a malformed URL, an over-long path parameter)
    // leave as problem+json like every other error, not as Fastify's own JSON.
    frameworkErrors: sendProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    adapter,
    {
      bufferLogs: true,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  app.useLogger(new PinoNestLogger(fastify.log));
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  useBodyParsers(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design and Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Kehu is often reached over plain HTTP on an intranet; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(multipart, {
    limits: { fileSize: config.importMaxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      credentials: false,
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id'],
    });
  }

  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  // The served document describes the custom fields as they are now.
  const customFieldSchemas = new CustomFieldsOpenApi(OpenApiCustomFieldsRepository.of(app));
  serveOpenApi(app, (document) => customFieldSchemas.document(document));
  await serveConsole(fastify, config.webDistDir);
  await app.init();
  return app;
}
