import fs from 'node:fs';
import path from 'node:path';

const WEB_SOURCE = path.join(__dirname, '../../../web/src');

/** Ways user data could reach the page as markup or code instead of text. */
const RAW_HTML_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\(/,
  /new Function\(/,
];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('the console renders user data as text only', () => {
  it('no web source uses a raw HTML or code sink', () => {
    const files = sourceFiles(WEB_SOURCE);
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          RAW_HTML_SINKS.some((sink) => sink.test(line))
            ? [`${path.relative(WEB_SOURCE, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
