import { randomBytes } from 'node:crypto';

/**
 * API keys look like `kehu_<prefix>_<secret>`: the prefix finds the key and may be
 * shown in lists; the whole key is shown once and then only its hash is kept.
 */
const API_KEY_PATTERN = /^kehu_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString('hex');
  return { key: `kehu_${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

export function parseApiKey(key: string): { prefix: string } | null {
  const match = API_KEY_PATTERN.exec(key);
  return match ? { prefix: match[1] } : null;
}
