import { stopApi } from './api-server';

export default async function globalTeardown(): Promise<void> {
  const api = globalThis.kehuE2eApi;
  if (api) await stopApi(api);
}
