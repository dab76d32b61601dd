// `npm start`: builds what changed (Nx caches the rest), then runs the API, which starts
// its embedded PostgreSQL, migrates, loads the demo data into an empty database and
// serves the console and the API on http://localhost:3000.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { quietEnv, root } from './nx.mjs';
import { startServer } from './start-server.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Kehu needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

/** Builds quietly: the build's output is shown only when it fails. */
function build() {
  return new Promise((resolve) => {
    const nx = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/nx/dist/bin/nx.js'),
        'run-many',
        '-t',
        'build',
        '--projects=domain,api,web',
        '--output-style=static',
      ],
      // Its own process group, so that a stop during the build ends every build step.
      { cwd: root, env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const output = [];
    nx.stdout.on('data', (chunk) => output.push(chunk));
    nx.stderr.on('data', (chunk) => output.push(chunk));
    const stop = (signal) => {
      try {
        process.kill(-nx.pid, signal);
      } catch {
        // already gone
      }
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    nx.on('exit', (code) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (code !== 0) process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

console.log('Building Kehu (only what changed since the last build)…');
if (!(await build())) {
  console.error('The build failed; see above.');
  process.exit(1);
}
console.log('Starting Kehu…');
startServer();
