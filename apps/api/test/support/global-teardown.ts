import { dropTemplateCopies } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const database = globalThis.kehuTestDatabase;
  if (!database) return;
  // On a server of its own (DATABASE_URL) the run removes every database it made; the
  // embedded server goes away as a whole.
  if (process.env.DATABASE_URL) await dropTemplateCopies(database.url);
  await database.drop();
}
