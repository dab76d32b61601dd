import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { sendProblem } from '../common/errors/problem-reply';
import { createValidationPipe } from '../common/errors/validation-pipe';
import { loggerOptions, requestIdOf } from '../common/logging/logger-options';
import { PinoNestLogger } from '../common/logging/pino-nest-logger';
import type { AppConfig } from '../config/app-config';
import { serveConsole } from './console-static';
import { buildOpenApiDocument, serveOpenApi } from './openapi';

/** The whole HTTP application, ready to listen: used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: loggerOptions(config),
    genReqId: requestIdOf,
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
  serveOpenApi(app, buildOpenApiDocument(app));
  await serveConsole(fastify, config.webDistDir);
  await app.init();
  return app;
}
