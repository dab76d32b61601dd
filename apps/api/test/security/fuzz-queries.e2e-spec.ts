import fc from 'fast-check';
import { MATRIX } from './authorization/operations';
import { sendCall } from './authorization/send-call';
import {
  asText,
  FUZZ_SETTINGS,
  FUZZ_TIMEOUT_MS,
  fuzzedOperations,
  useFuzzSession,
} from './support/fuzz-session';
import { arbitraryFor } from './support/schema-arbitrary';

const QUERY_OPERATIONS = fuzzedOperations(
  (operation) =>
    operation.method === 'GET' &&
    operation.parameters.some((parameter) => parameter.in === 'query'),
);

describe('bad list queries, generated from the OpenAPI schemas: only 2xx/4xx, problem+json when refused', () => {
  const session = useFuzzSession();

  it.each(QUERY_OPERATIONS.map((operation) => operation.operationId))(
    '%s: any query',
    async (operationId) => {
      const { t, ctx, fuzzer, targetFor } = session();
      const operation = QUERY_OPERATIONS.find((candidate) => candidate.operationId === operationId);
      const base = await MATRIX[operationId].call(ctx, fuzzer, await targetFor(operationId));
      const parameters = (operation?.parameters ?? []).filter((p) => p.in === 'query');
      const query = fc.record(
        Object.fromEntries(
          parameters.map((parameter) => [
            parameter.name,
            arbitraryFor(parameter.schema).map(asText),
          ]),
        ),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(query, async (values) => {
          const response = await sendCall(t, fuzzer, {
            ...base,
            query: values as Record<string, string>,
          });
          expect({ values, status: response.status < 500 }).toEqual({ values, status: true });
          if (response.status >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          }
        }),
        FUZZ_SETTINGS,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
