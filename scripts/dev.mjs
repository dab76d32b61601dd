// `npm run dev`: the API in watch mode (recompiled and restarted on change) and the
// Vite dev server with /api proxied to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { nx, quietEnv, root } from './nx.mjs';

if (nx(['run', 'api:build', '--output-style=static']) !== 0) process.exit(1);

const children = [
  spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'apps/api/tsconfig.app.json',
      '--watch',
      '--preserveWatchOutput',
    ],
    { cwd: root, stdio: 'inherit', env: quietEnv },
  ),
  spawn(
    process.execPath,
    ['--watch-path=apps/api/dist', path.join(root, 'apps/api/dist/main.js')],
    { cwd: root, stdio: 'inherit', env: quietEnv },
  ),
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.mts'],
    { cwd: root, stdio: 'inherit', env: quietEnv },
  ),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) child.on('exit', () => stop('SIGTERM'));
