// Writes libs/contracts/openapi.json from the API's decorators and generates the typed
// client's schema from it. With --check, writes nothing and fails when either is stale.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documentFile = path.join(root, 'libs/contracts/openapi.json');
const schemaFile = path.join(root, 'libs/contracts/src/generated/schema.d.ts');
const check = process.argv.includes('--check');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-openapi-'));
const freshDocument = path.join(scratch, 'openapi.json');
execFileSync(
  process.execPath,
  [path.join(root, 'apps/api/dist/cli/write-openapi.js'), freshDocument],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const document = fs.readFileSync(freshDocument, 'utf8');
const header =
  '// Generated from libs/contracts/openapi.json by `npm run openapi`. Do not edit.\n\n';
const schema =
  header +
  astToString(
    // Fields with a default are optional in requests; don't mark them required.
    await openapiTS(JSON.parse(document), { defaultNonNullable: false }),
  );
fs.rmSync(scratch, { recursive: true, force: true });

if (check) {
  const stale = [
    [documentFile, document],
    [schemaFile, schema],
  ].filter(([file, content]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content);
  if (stale.length > 0) {
    console.error(
      `Stale: ${stale.map(([file]) => path.relative(root, file)).join(', ')}. Run \`npm run openapi\` and commit.`,
    );
    process.exit(1);
  }
  console.log('The OpenAPI document and the generated client are up to date.');
} else {
  fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
  fs.writeFileSync(documentFile, document);
  fs.writeFileSync(schemaFile, schema);
  console.log(`Wrote ${path.relative(root, documentFile)} and ${path.relative(root, schemaFile)}`);
}
