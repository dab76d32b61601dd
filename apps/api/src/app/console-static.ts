import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../common/errors/app-error';
import { sendProblem } from '../common/errors/problem-reply';

/**
 * Serves the built console at `/`: hashed assets cached for good, every other path
 * answered with index.html so the console's router can take it. Unknown API paths
 * stay problem+json 404s.
 */
export async function serveConsole(fastify: FastifyInstance, webDistDir: string): Promise<void> {
  const indexFile = path.join(webDistDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await fastify.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: false,
      setHeaders: (reply, filePath) => {
        void reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      sendProblem(new NotFoundError(`The path ${request.url.split('?')[0]}`), request, reply);
      return;
    }
    if (!built) {
      void reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The console has not been built. Run `npm start` (or `npx nx run web:build`).');
      return;
    }
    void reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(fs.createReadStream(indexFile));
  });
}
