import fc from 'fast-check';
import { MATRIX } from './authorization/operations';
import { sendCall } from './authorization/send-call';
import {
  asText,
  FUZZ_SETTINGS,
  FUZZ_TIMEOUT_MS,
  fuzzedOperations,
  LEAKED_INTERNALS,
  useFuzzSession,
} from './support/fuzz-session';
import { arbitraryFor } from './support/schema-arbitrary';

const PATH_OPERATIONS = fuzzedOperations((operation) =>
  operation.parameters.some((parameter) => parameter.in === 'path'),
);

/**
 * A path segment as a client's bytes: UTF-8, percent-encoded. (encodeURIComponent throws
 * on a lone surrogate; a client sends its replacement bytes.)
 */
const asPathSegment = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

describe('bad path parameters, generated from the OpenAPI schemas: only 2xx/4xx, and a 4xx changes nothing', () => {
  const session = useFuzzSession();

  it.each(PATH_OPERATIONS.map((operation) => operation.operationId))(
    '%s: any path parameter',
    async (operationId) => {
      const { t, ctx, fuzzer, auditCount, targetFor } = session();
      const operation = PATH_OPERATIONS.find((candidate) => candidate.operationId === operationId);
      const base = await MATRIX[operationId].call(ctx, fuzzer, await targetFor(operationId));
      const parameters = (operation?.parameters ?? []).filter(
        (parameter) => parameter.in === 'path',
      );
      const values = fc.record(
        Object.fromEntries(
          parameters.map((parameter) => [
            parameter.name,
            arbitraryFor(parameter.schema).map(asText),
          ]),
        ),
      );
      // The count a refused case left is the next case's: nothing else writes.
      let unchanged: number | undefined;
      await fc.assert(
        fc.asyncProperty(values, async (params) => {
          const path = (operation?.path ?? '').replace(/\{(\w+)\}/g, (_match, name: string) =>
            asPathSegment(params[name] ?? ''),
          );
          const audits = unchanged ?? (await auditCount());
          unchanged = undefined;
          const response = await sendCall(t, fuzzer, { ...base, path });
          expect({ path, status: response.status < 500 }).toEqual({ path, status: true });
          if (response.status >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(response.text).not.toMatch(LEAKED_INTERNALS);
            expect({ path, audits: await auditCount() }).toEqual({ path, audits });
            unchanged = audits;
          }
        }),
        FUZZ_SETTINGS,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
