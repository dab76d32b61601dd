// Console: gzip size of the JavaScript the first route loads (the entry and the chunks
// index.html preloads) and of the largest route chunk loaded later.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../lib/app-server.mjs';

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

export async function consoleBench({ report }) {
  const dist = path.join(ROOT, 'apps/web/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
  const initialSize = initial.reduce((sum, file) => sum + gzipSize(path.join(dist, file)), 0);
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  const later = assets
    .map((file) => `assets/${file}`)
    .filter((file) => !initial.includes(file))
    .map((file) => ({ file, size: gzipSize(path.join(dist, file)) }))
    .sort((a, b) => b.size - a.size);
  const largest = later[0] ?? { file: 'none', size: 0 };
  report.section('Console bundle', [
    '| what | files | gzip |',
    '| --- | ---: | ---: |',
    `| JS of the first route (entry + preloaded chunks) | ${initial.length} | **${kb(initialSize)}** |`,
    `| largest chunk loaded later (\`${path.basename(largest.file)}\`) | 1 | ${kb(largest.size)} |`,
    `| all JS | ${assets.length} | ${kb(assets.reduce((sum, file) => sum + gzipSize(path.join(dist, 'assets', file)), 0))} |`,
  ]);
  report.check('console first-route JS ≤ 350 KB gzip', initialSize <= 350 * 1024, kb(initialSize));
}
