// `npm start`: builds what changed (Nx caches the rest), then runs the API, which starts
// its embedded PostgreSQL, migrates, loads the demo data into an empty database and
// serves the console and the API on http://localhost:3000.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { nx, quietEnv, root } from './nx.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Kehu needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

console.log('Building Kehu (only what changed since the last build)…');
if (nx(['run-many', '-t', 'build', '--projects=domain,api,web', '--output-style=static']) !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: quietEnv,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
