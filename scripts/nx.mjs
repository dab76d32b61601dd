// Runs Nx the same way for every script: no daemon, no cloud, no interactive TUI.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const quietEnv = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...quietEnv, ...options.env },
  });
  return result.status ?? 1;
}

/** Like run, without waiting: resolves to the exit status. */
export function runInBackground(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...quietEnv, ...options.env },
    });
    child.once('error', () => resolve(1));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export function nx(args, options = {}) {
  return run(
    process.execPath,
    [path.join(root, 'node_modules/nx/dist/bin/nx.js'), ...args],
    options,
  );
}
