import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../common/errors/app-error';
import { sendProblem } from '../common/errors/problem-reply';

/** A file of the build for a URL path, or null (outside the folder, or not a file). */
function builtFile(webDistDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(webDistDir, `.${decoded}`);
  if (!file.startsWith(`${webDistDir}${path.sep}`)) return null;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

function sendIndex(reply: FastifyReply, webDistDir: string): void {
  void reply
    .header('cache-control', 'no-cache')
    .sendFile('index.html', webDistDir, { cacheControl: false });
}

/**
 * Serves the built console at `/`: hashed assets cached for good, every other path
 * answered with index.html so the console's router can take it. Files are looked up
 * per request, so a rebuild is served without a restart. Files are sent brotli- or
 * gzip-compressed when the build has a copy and the browser accepts it. Unknown API paths
 * stay problem+json 404s.
 */
export async function serveConsole(fastify: FastifyInstance, webDistDir: string): Promise<void> {
  const root = path.resolve(webDistDir);
  // The build writes .br and .gz copies beside its files (see apps/web/vite.config.mts):
  // they go to browsers that accept them, with Vary: Accept-Encoding on every answer.
  await fastify.register(fastifyStatic, { root, serve: false, preCompressed: true });
  fastify.get('/*', (request, reply) => {
    const urlPath = request.url.split('?')[0];
    if (urlPath === '/api' || urlPath.startsWith('/api/')) {
      sendProblem(new NotFoundError(`The path ${urlPath}`), request, reply);
      return;
    }
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      void reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The console has not been built. Run `npm start` (or `npx nx run web:build`).');
      return;
    }
    const file = builtFile(root, urlPath);
    if (file === null || urlPath === '/index.html') {
      sendIndex(reply, root);
      return;
    }
    const immutable = urlPath.startsWith('/assets/');
    void reply
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .sendFile(path.relative(root, file), root, { cacheControl: false });
  });
}
