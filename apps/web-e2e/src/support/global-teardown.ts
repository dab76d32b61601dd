import { stopApi } from './api-server';

export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.kehuE2eApis ?? []).map((api) => stopApi(api)));
}
