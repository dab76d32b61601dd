// Collects the benches' tables and target checks and writes them as Markdown.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export function createReport({ size, smoke, root }) {
  const sections = [];
  const checks = [];
  const loads = [os.loadavg()[0]];
  const commit = (() => {
    try {
      const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
      return hash;
    } catch {
      return 'unknown';
    }
  })();
  const started = new Date();
  return {
    section(title, lines) {
      sections.push({ title, lines });
      console.log(`\n## ${title}\n${lines.join('\n')}`);
    },
    /** A target; `correctness` ones (not speed) fail the smoke run too. */
    check(name, passed, measured, correctness = false) {
      checks.push({ name, passed, measured, correctness });
      loads.push(os.loadavg()[0]);
    },
    sampleLoad() {
      loads.push(os.loadavg()[0]);
    },
    checks,
    write(file) {
      const cpus = os.cpus();
      const lines = [
        `# Kehu benchmark results${smoke ? ' (smoke run)' : ''}`,
        '',
        'Written by `npm run bench`; see README.md in this folder for how to run and read it.',
        '',
        '| | |',
        '| --- | --- |',
        `| customers | ${size.toLocaleString('en')} |`,
        `| date | ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (${((Date.now() - started.getTime()) / 60000).toFixed(0)} min) |`,
        `| commit | ${commit} |`,
        `| machine | ${cpus.length} cores (${cpus[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version} |`,
        `| load average (1 min) during the run | ${Math.min(...loads).toFixed(1)} – ${Math.max(...loads).toFixed(1)} (the machine is shared; see notes) |`,
        '',
        '## Targets',
        '',
        '| target | measured | met |',
        '| --- | --- | :---: |',
        ...checks.map(
          (check) => `| ${check.name} | ${check.measured} | ${check.passed ? 'yes' : '**no**'} |`,
        ),
        '',
        ...sections.flatMap((section) => [`## ${section.title}`, '', ...section.lines, '']),
      ];
      fs.writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
    },
  };
}
