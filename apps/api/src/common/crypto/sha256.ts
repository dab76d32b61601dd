import { createHash } from 'node:crypto';

/** Hex SHA-256, for secrets that are long and random (tokens, API keys). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
