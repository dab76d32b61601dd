/** The If-Match header value for optimistic concurrency: the record's version as an ETag. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
