import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../app/openapi';
import { loadConfig } from '../config/app-config';

/**
 * Writes the OpenAPI document to a file (default libs/contracts/openapi.json) without
 * a database: Nest's preview mode builds the module graph but instantiates nothing.
 */
async function main() {
  const target = path.resolve(
    process.argv[2] ?? path.resolve(__dirname, '../../../../libs/contracts/openapi.json'),
  );
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://preview/none',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, config.databaseUrl ?? ''),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix('api/v1');
  const document = buildOpenApiDocument(app);
  fs.writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(
    `Wrote ${path.relative(process.cwd(), target)} (${Object.keys(document.paths).length} paths)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
