import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * A response mapping of a permission subject (toCustomerResponse, toLeadResponse, …)
 * used anywhere but in its dto and its presenter would send a record without the
 * readable-field filter: every service goes through the subject's presenter instead.
 */
describe('responses of permission subjects', () => {
  it('are mapped only through their presenter', () => {
    const bare = /\bto(Customer|Lead|Task)Response\b/;
    const offenders = sourceFiles(SOURCE)
      .filter((path) => !/(\.presenter|[\\/]dto[\\/][^\\/]+\.dto)\.ts$/.test(path))
      .filter((path) => bare.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SOURCE, path));
    expect(offenders).toEqual([]);
  });
});
