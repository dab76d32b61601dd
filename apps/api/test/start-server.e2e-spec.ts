import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eventually } from './support/eventually';

const repoRoot = path.resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the server part of `npm start` (scripts/start-server.mjs)', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-start-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('ends its start-up with where Kehu runs, and a SIGTERM to its own pid stops the API and the embedded PostgreSQL without an error line', async () => {
    expect(fs.existsSync(path.join(repoRoot, 'apps/api/dist/main.js'))).toBe(true); // built by npm test's checks
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      KEHU_DATA_DIR: dataDir,
      PORT: String(port),
      KEHU_DEMO: 'false',
      LOG_LEVEL: 'info',
    };
    delete env.DATABASE_URL;
    const script = spawn(process.execPath, ['scripts/start-server.mjs'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    script.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    script.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      script.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      await eventually(
        () =>
          expect(output.trimEnd().split('\n').at(-1)).toBe(
            `Kehu is running at http://localhost:${port} (API docs: http://localhost:${port}/api/docs).`,
          ),
        { timeoutMs: 150_000, intervalMs: 500 },
      );
      const postgresPid = Number(
        fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      expect(alive(postgresPid)).toBe(true);
      expect(output).not.toMatch(/Mapped \{|incoming request|request completed/);

      script.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      // The script waits for the API to exit, and the API for its PostgreSQL to stop.
      expect(alive(postgresPid)).toBe(false);
      expect(output).toContain('SIGTERM received: stopping');
      expect(output).not.toMatch(/^(error|fatal)\b/im);
    } finally {
      if (script.exitCode === null) script.kill('SIGKILL');
    }
  }, 200_000);
});
