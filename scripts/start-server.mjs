// Runs the built API (apps/api/dist/main.js) for `npm start` and shows its JSON log as
// short lines of text. SIGINT or SIGTERM to this process stops the API, which stops its
// embedded PostgreSQL, and then this process. Run directly to serve without a build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { quietEnv, root } from './nx.mjs';

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const ANSI = /\u001b\[[0-9;]*m/g;
const NEST_LINE = /^\[Nest\] \d+\s+-\s.*?\s(LOG|WARN|ERROR|DEBUG|VERBOSE|FATAL) \[[^\]]*\] (.*)$/;

/** A log line as text: the message, with its level when it is not info. */
export function formatLogLine(line) {
  const plain = line.replace(ANSI, '');
  const nest = NEST_LINE.exec(plain);
  if (nest) return nest[1] === 'LOG' ? nest[2] : `${nest[1].toLowerCase()}: ${nest[2]}`;
  let entry;
  try {
    entry = JSON.parse(plain);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.msg !== 'string') return line;
  const level = LEVELS[entry.level] ?? 'info';
  const stack = entry.err?.stack ?? entry.trace;
  const text = level === 'info' ? entry.msg : `${level}: ${entry.msg}`;
  return stack ? `${text}\n${stack}` : text;
}

export function startServer() {
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: quietEnv,
  });
  readline
    .createInterface({ input: server.stdout })
    .on('line', (line) => console.log(formatLogLine(line)));
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  server.on('exit', (code, signal) =>
    process.exit(stopping ? (code ?? 0) : (code ?? (signal ? 0 : 1))),
  );
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) startServer();
