/**
 * The `Content-Disposition` of a download (RFC 6266). A name in plain printable ASCII is
 * sent as `filename="…"`; any other name also gets `filename*=UTF-8''…` (RFC 5987
 * percent-encoding), which browsers prefer, beside an ASCII stand-in for older clients.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = asciiFilename(filename);
  if (fallback === filename) return `attachment; filename="${fallback}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/**
 * The name with accents dropped and every run of other characters outside printable
 * ASCII (and `"`, `\`, which would end the quoted string) replaced by one `_`.
 */
export function asciiFilename(filename: string): string {
  const stripped = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]+|["\\]/g, '_');
  return stripped.trim() === '' ? 'download' : stripped;
}

/** Percent-encodes everything but RFC 5987's attr-char (encodeURIComponent leaves `'()*`). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
