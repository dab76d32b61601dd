import fc from 'fast-check';
import { MATRIX } from './authorization/operations';
import { sendCall } from './authorization/send-call';
import {
  FUZZ_SETTINGS,
  FUZZ_TIMEOUT_MS,
  fuzzedOperations,
  LEAKED_INTERNALS,
  useFuzzSession,
} from './support/fuzz-session';
import { jsonRequestSchema } from './support/openapi-document';
import { arbitraryFor } from './support/schema-arbitrary';

const BODY_OPERATIONS = fuzzedOperations((operation) => jsonRequestSchema(operation) !== undefined);

describe('bad request bodies, generated from the OpenAPI schemas: only 2xx/4xx, and a 4xx changes nothing', () => {
  const session = useFuzzSession();

  it.each(BODY_OPERATIONS.map((operation) => operation.operationId))(
    '%s: any body',
    async (operationId) => {
      const { t, ctx, fuzzer, auditCount, targetFor } = session();
      const operation = BODY_OPERATIONS.find((candidate) => candidate.operationId === operationId);
      const target = await targetFor(operationId);
      const base = await MATRIX[operationId].call(ctx, fuzzer, target);
      // What a refused case left is what the next case starts from: nothing else writes.
      let unchanged: { audits: number; record: unknown } | undefined;
      await fc.assert(
        fc.asyncProperty(arbitraryFor(operation && jsonRequestSchema(operation)), async (body) => {
          const before = unchanged ?? {
            audits: await auditCount(),
            record: await target?.snapshot(),
          };
          unchanged = undefined;
          const response = await sendCall(t, fuzzer, { ...base, body });
          expect({ body, status: response.status < 500 }).toEqual({ body, status: true });
          if (response.status >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(response.text).not.toMatch(LEAKED_INTERNALS);
            const after = { audits: await auditCount(), record: await target?.snapshot() };
            expect({ body, status: response.status, after }).toEqual({
              body,
              status: response.status,
              after: before,
            });
            unchanged = after;
          }
        }),
        FUZZ_SETTINGS,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
