import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A console build in a new temporary folder (`prefix` names it): an index.html with the
 * root element, and these files under assets/. Returns the folder; remove it after use.
 */
export function writeConsoleBuild(prefix: string, assets: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(folder, 'assets'));
  fs.writeFileSync(
    path.join(folder, 'index.html'),
    '<!doctype html><title>Kehu</title><div id="root"></div>',
  );
  for (const [name, content] of Object.entries(assets))
    fs.writeFileSync(path.join(folder, 'assets', name), content);
  return folder;
}
