import type { Response } from 'superagent';

/**
 * A supertest parser that keeps a response body as one Buffer (for XLSX and other binary
 * files): `.buffer(true).parse(binaryBody)`.
 */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
