// Export: the whole filtered list streamed as CSV by an admin; rows/s and the API's peak RSS.
import { sampleRss } from '../lib/app-server.mjs';
import { seconds } from '../lib/stats.mjs';

export async function exportBench({ app, admin, report }) {
  // A filter that every generated customer passes, so the export is as long as the dataset.
  const route = '/api/v1/customers/export?format=csv&createdFrom=2000-01-01T00:00:00.000Z';
  const memory = sampleRss(app.pid);
  const started = performance.now();
  const response = await fetch(`${app.baseUrl}${route}`, {
    headers: { authorization: `Bearer ${admin.token}` },
  });
  if (!response.ok) throw new Error(`export → ${response.status}: ${await response.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) lines++;
  }
  const wall = performance.now() - started;
  const peak = memory.stop();
  const rows = lines - 1; // the header
  report.section('Export', [
    `\`GET ${route}\` as admin (CSV, streamed page by page through the list's keyset query).`,
    '',
    '| rows | size | wall time | rows/s | API peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${rows.toLocaleString('en')} | ${(bytes / 1024 ** 2).toFixed(0)} MB | ${seconds(wall)} | ${Math.round(rows / (wall / 1000)).toLocaleString('en')} | **${peak.toFixed(0)} MB** |`,
  ]);
  report.check(
    'export peak RSS ≤ 512 MB',
    peak <= 512,
    `${peak.toFixed(0)} MB, ${Math.round(rows / (wall / 1000)).toLocaleString('en')} rows/s`,
  );
}
