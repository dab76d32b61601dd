import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { createApp } from '../app/create-app';
import { loadConfig } from '../config/app-config';
import { openDatabaseServer } from '../database/database-server';
import { runMigrations } from '../database/run-migrations';
import { FirstAdmin } from '../users/first-admin';

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

/**
 * `npm run admin:create`: creates an administrator (production's first one). Reads
 * KEHU_ADMIN_EMAIL, KEHU_ADMIN_PASSWORD and KEHU_ADMIN_NAME, asking for what is missing.
 */
async function main() {
  const config = { ...loadConfig(), logLevel: 'warn', demo: false };
  const email = process.env.KEHU_ADMIN_EMAIL || (await ask('Admin email: '));
  const password = process.env.KEHU_ADMIN_PASSWORD || (await ask('Admin password: '));
  const name = process.env.KEHU_ADMIN_NAME || 'Administrator';
  const server = await openDatabaseServer(config, () => {});
  try {
    await runMigrations(server.url, (message) => console.log(message));
    const app = await createApp(config, server.url);
    try {
      await app.get(FirstAdmin).create({ email, password, name });
      console.log(`Created the admin ${email.toLowerCase()}.`);
    } finally {
      await app.close();
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
