// `npm test`: format, lint, type-check, build, OpenAPI freshness, unit tests, API
// end-to-end tests on a real PostgreSQL (embedded, or DATABASE_URL), and the browser
// tests when Chromium is installed (required under CI). Ends with one summary line.
//
//   npm test                 everything
//   npm test -- --only=e2e   one group: checks | unit | e2e | browser (comma-separated)
//   --no-build               use the build already there (a run beside another, say)
//
// KEHU_TEST_RESULTS (a folder, default tmp/test-results) lets two runs report side by
// side; KEHU_E2E_WORKERS and KEHU_BROWSER_WORKERS (default 2 each) set how many API and
// browser test files run at once (each browser worker has an API server of its own).
import fs from 'node:fs';
import path from 'node:path';
import { nx, root, run, runInBackground } from './nx.mjs';

const resultsDir = path.resolve(root, process.env.KEHU_TEST_RESULTS ?? 'tmp/test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const groups = new Set((onlyArg ? onlyArg.slice(7) : 'checks,unit,e2e,browser').split(','));
const noBuild = process.argv.includes('--no-build');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0 };
const failures = [];

function check(name, status) {
  if (status === 0) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

function jest(name, config, extraArgs = []) {
  const outputFile = path.join(resultsDir, `${name}.json`);
  const status = run(process.execPath, [
    path.join(root, 'node_modules/jest/bin/jest.js'),
    '-c',
    config,
    '--ci',
    '--json',
    `--outputFile=${outputFile}`,
    ...extraArgs,
  ]);
  if (!fs.existsSync(outputFile)) {
    check(`${name} (did not run)`, 1);
    return;
  }
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // A suite that cannot even load counts as a failure, not as zero tests.
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  totals.failed += brokenSuites;
  if (status !== 0 || report.numFailedTests > 0 || brokenSuites > 0) failures.push(name);
}

if (groups.has('checks')) {
  // The format check runs beside Nx, and lint, type-check and build share one Nx run, so
  // that their tasks keep every core busy instead of each waiting for the slowest project.
  const format = runInBackground(process.execPath, [
    path.join(root, 'node_modules/prettier/bin/prettier.cjs'),
    '--check',
    '.',
    '--log-level=warn',
  ]);
  const targets = ['lint', 'typecheck', 'build'];
  const together = nx(['run-many', '-t', ...targets, '--output-style=static']);
  // On a failure, each target again on its own names the one that failed (what passed
  // comes straight from the Nx cache).
  for (const target of targets)
    check(target, together === 0 ? 0 : nx(['run-many', '-t', target, '--output-style=static']));
  check('format', await format);
} else if (noBuild) {
  // The caller built everything already.
} else if (groups.has('browser'))
  check('build', nx(['run-many', '-t', 'build', '--output-style=static']));
// The start-up suite runs the built server script, so an e2e-only run builds the API too.
else if (groups.has('e2e')) check('build api', nx(['run', 'api:build', '--output-style=static']));
if (groups.has('checks'))
  check(
    'openapi up to date',
    run(process.execPath, [path.join(root, 'scripts/openapi.mjs'), '--check']),
  );
if (groups.has('checks')) check('openapi lint (redocly, spectral)', lintOpenApi());

/** Redocly (recommended rules, see redocly.yaml) and Spectral (spectral:oas) find nothing, warnings included. */
function lintOpenApi() {
  const document = 'libs/contracts/openapi.json';
  const bin = (name) => path.join(root, 'node_modules/.bin', name);
  const redocly = run(bin('redocly'), [
    'lint',
    document,
    '--extends=recommended-strict',
    '--format=summary',
  ]);
  const spectral = run(bin('spectral'), ['lint', document, '--fail-severity=warn', '--quiet']);
  return redocly === 0 && spectral === 0 ? 0 : 1;
}

if (groups.has('unit')) {
  jest('unit-domain', 'libs/domain/jest.config.js', ['--maxWorkers=2']);
  jest('unit-api', 'apps/api/jest.config.js', ['--maxWorkers=2']);
  if (fs.existsSync(path.join(root, 'apps/web/jest.config.js')))
    jest('unit-web', 'apps/web/jest.config.js', ['--maxWorkers=2']);
}
if (groups.has('e2e'))
  jest('api-e2e', 'apps/api/test/jest-e2e.config.js', [
    `--maxWorkers=${process.env.KEHU_E2E_WORKERS ?? 2}`,
  ]);

if (groups.has('browser')) {
  if (fs.existsSync(chromium)) {
    jest('browser-e2e', 'apps/web-e2e/jest.config.js', [
      `--maxWorkers=${process.env.KEHU_BROWSER_WORKERS ?? 2}`,
    ]);
  } else if (process.env.CI) {
    console.error(`\nBrowser tests are required under CI, but ${chromium} is missing.`);
    check('browser tests (Chromium missing)', 1);
  } else {
    console.warn(
      `\nBrowser tests skipped: ${chromium} is not installed (apt-get install chromium to run them).`,
    );
  }
}

fs.writeFileSync(path.join(resultsDir, 'summary.json'), JSON.stringify({ ...totals, failures }));
if (failures.length > 0) console.error(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
