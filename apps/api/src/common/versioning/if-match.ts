import { ValidationError } from '../errors/app-error';

/**
 * The version an If-Match header asks for: `"3"`, `W/"3"` or `3`. Undefined when the
 * header is absent (or `*`): the write then applies to the version it read.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw ValidationError.field('If-Match', 'must be the ETag of the record, e.g. "3"');
  return Number(match[1]);
}

export function etagOf(version: number): string {
  return `"${version}"`;
}
