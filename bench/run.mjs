// `npm run bench -- [--size 1000000] [--only import,duplicates,list,customer360,export,console,plans]
//                   [--smoke] [--no-build]`
// Builds Kehu, generates the dataset if needed, starts the API in production mode on its
// own embedded PostgreSQL data folder, runs the benches and writes bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { duplicatesBench } from './benches/duplicates.mjs';
import { consoleBench } from './benches/console.mjs';
import { customer360Bench } from './benches/customer-360.mjs';
import { customFieldsBench } from './benches/custom-fields.mjs';
import { exportBench } from './benches/export.mjs';
import { importBench } from './benches/import.mjs';
import { listBench } from './benches/list.mjs';
import { plansBench } from './benches/plans.mjs';
import { generate } from './generate.mjs';
import { signIn } from './lib/api-client.mjs';
import { API_BUILD, ROOT, startApp, withDatabase } from './lib/app-server.mjs';
import { loadRelated } from './lib/load-related.mjs';
import { createReport } from './lib/report.mjs';

const BENCHES = [
  'import',
  'plans',
  'duplicates',
  'list',
  'customer360',
  'export',
  'customfields',
  'console',
];

function parseArguments(argv) {
  const options = { size: 1_000_000, only: BENCHES, smoke: false, build: true, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--size') options.size = Number(value());
    else if (flag === '--only') options.only = value().split(',');
    else if (flag === '--smoke') options.smoke = true;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--out') options.out = value();
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.smoke && !argv.some((arg) => arg.startsWith('--size'))) options.size = 10_000;
  const unknown = options.only.filter((name) => !BENCHES.includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown bench ${unknown.join(', ')}; choose from ${BENCHES.join(', ')}`);
  return options;
}

const log = (message) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const selected = new Set(options.only);
  const folder = path.join(ROOT, 'bench', '.data', String(options.size));
  const dataDir = path.join(folder, 'db');
  if (options.build) {
    log('building domain and web, and the API into bench/.data/build');
    execFileSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '-p', 'domain,web', '--output-style=static'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    // The bench runs its own build of the API, so a rebuild of apps/api/dist while it runs changes nothing.
    execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--outDir', API_BUILD], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  if (!fs.existsSync(path.join(folder, 'truth.json'))) {
    log(`generating ${options.size.toLocaleString('en')} customers`);
    const started = performance.now();
    await generate({ size: options.size, seed: 42, out: folder });
    log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const truth = JSON.parse(fs.readFileSync(path.join(folder, 'truth.json'), 'utf8'));
  const report = createReport({ size: options.size, smoke: options.smoke, root: ROOT });
  const file =
    options.out ??
    (options.smoke ? path.join(folder, 'RESULTS.md') : path.join(ROOT, 'bench', 'RESULTS.md'));
  const needsServer = [...selected].some((name) => name !== 'console');
  if (selected.has('import')) fs.rmSync(dataDir, { recursive: true, force: true });
  // The custom fields bench alone adds the customers it lacks itself (by SQL).
  else if (
    needsServer &&
    !fs.existsSync(dataDir) &&
    [...selected].every((name) => name === 'customfields' || name === 'console')
  )
    log('no loaded database: starting an empty one for the custom fields bench');
  else if (needsServer && !fs.existsSync(dataDir))
    throw new Error('no loaded database yet: run with the import bench first');

  if (needsServer) {
    log('starting the API (production mode, embedded PostgreSQL)');
    const app = await startApp({ dataDir });
    try {
      const admin = await signIn(app.baseUrl, 'admin@kehu.local');
      const manager = await signIn(app.baseUrl, 'manager@kehu.local');
      const context = {
        app,
        admin,
        manager,
        dataset: folder,
        truth,
        report,
        smoke: options.smoke,
        log,
      };
      if (selected.has('import')) {
        log('import bench');
        await importBench(context);
        log('loading owners, contacts, relationships and interactions');
        const counts = await withDatabase(app.databaseUrl, (client) =>
          loadRelated(client, folder, log),
        );
        report.section('Dataset', [
          `Generated with seed 42: ${truth.size.toLocaleString('en')} rows, ${truth.exactDuplicates.length.toLocaleString('en')} exact and ${truth.fuzzyDuplicates.length.toLocaleString('en')} fuzzy near-duplicates.`,
          `Loaded: ${Object.entries(counts)
            .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
            .join(', ')}.`,
          'Owners: rep1 25 %, rep2 25 %, manager 10 % (team East, what the sales manager reads: 60 %), rep3 25 % (West), 15 % unassigned.',
        ]);
        report.write(file);
      }
      for (const [name, bench] of [
        ['plans', plansBench],
        ['duplicates', duplicatesBench],
        ['list', listBench],
        ['customer360', customer360Bench],
        ['export', exportBench],
        ['customfields', customFieldsBench],
      ]) {
        if (!selected.has(name)) continue;
        log(`${name} bench`);
        await bench(context);
        report.write(file); // what is measured so far survives an interrupted run
      }
    } finally {
      await app.stop();
    }
  }
  if (selected.has('console')) {
    log('console bench');
    await consoleBench({ report });
  }
  report.write(file);
  const missed = report.checks.filter((check) => !check.passed);
  log(
    `wrote ${path.relative(ROOT, file)}: ${report.checks.length - missed.length} of ${report.checks.length} targets met`,
  );
  for (const check of missed) log(`missed: ${check.name} (${check.measured})`);
  // The smoke run checks that the benches run and answer correctly, not how fast.
  if (options.smoke && missed.some((check) => check.correctness)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
