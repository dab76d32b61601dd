/** The If-Match header value for optimistic concurrency: the record's version as an ETag. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** The path id and If-Match header of a write to one versioned record (`…/{id}`). */
export function versionedRecord(record: { id: string; version: number }) {
  return {
    params: { path: { id: record.id } },
    headers: { 'If-Match': ifMatch(record.version) },
  };
}
