import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeConsoleBuild } from './support/console-build';
import { createTestApp, type TestApp } from './support/test-app';

const GRAPH = `export const nodes = [${'"node", '.repeat(5000)}];`;

describe('the console is served at / by the API', () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = writeConsoleBuild('kehu-console-', {
      'app-1234.js': 'console.log(1)',
      'graph-1234.js': GRAPH,
      'graph-1234.js.br': zlib.brotliCompressSync(GRAPH),
      'graph-1234.js.gz': zlib.gzipSync(GRAPH),
    });
    t = await createTestApp({ KEHU_WEB_DIST: folder });
  });
  afterAll(async () => {
    await t.app.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers the console for its own routes, so deep links work', async () => {
    for (const route of ['/', '/customers', '/settings/users?x=1']) {
      const response = await t.http().get(route).expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const response = await t.http().get('/assets/app-1234.js').expect(200);
    expect(response.headers['cache-control']).toMatch(/immutable/);
  });

  it('serves the precompressed copy a browser accepts, brotli first, varying on Accept-Encoding', async () => {
    // supertest decodes br and gzip itself: the text is the file's either way, and the
    // length on the wire is the copy's.
    const get = (acceptEncoding: string) =>
      t.http().get('/assets/graph-1234.js').set('Accept-Encoding', acceptEncoding).expect(200);
    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toMatch(/immutable/);
    expect(Number(brotli.headers['content-length'])).toBe(zlib.brotliCompressSync(GRAPH).length);
    expect(brotli.text).toBe(GRAPH);

    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(gzip.headers['content-length'])).toBe(zlib.gzipSync(GRAPH).length);
    expect(gzip.text).toBe(GRAPH);

    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(plain.headers['content-length'])).toBe(GRAPH.length);
    expect(plain.text).toBe(GRAPH);
  });

  it('serves a file added after start-up (a rebuild needs no restart)', async () => {
    fs.writeFileSync(path.join(folder, 'assets', 'app-5678.js'), 'console.log(2)');
    const response = await t.http().get('/assets/app-5678.js').expect(200);
    expect(response.text).toBe('console.log(2)');
  });

  it('never serves files outside the build folder', async () => {
    const response = await t.http().get('/..%2f..%2fetc%2fpasswd').expect(200);
    expect(response.text).toContain('<div id="root">');
  });

  it('keeps unknown API paths as problem+json 404s', async () => {
    const response = await t.http().get('/api/v1/customers-typo').expect(404);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});
