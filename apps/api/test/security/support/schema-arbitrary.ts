import fc from 'fast-check';
import { type JsonSchema, resolveSchema } from './openapi-document';

/** Values that have broken APIs before: injections, encodings, extremes, wrong shapes. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  "' OR '1'='1",
  "'; DROP TABLE customers; --",
  '") OR 1=1 --',
  'name; DROP TABLE users',
  '%_\\',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '<script>window.__xss = 1</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  'x'.repeat(5000),
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  '-1',
  '1e400',
  'NaN',
  "Asia/Shanghai'; SELECT pg_sleep(1); --",
  0,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.1,
  true,
  [],
  [null],
  {},
  { $gt: '' },
  { __proto__: { polluted: true } },
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
];

const hostile = fc.constantFrom(...HOSTILE_VALUES);

function formatted(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress();
    case undefined:
    default:
      return fc.string({ maxLength: 40, unit: 'grapheme' });
  }
}

/**
 * Values for an OpenAPI schema: mostly well-typed (so requests get past the first check
 * and reach the service and the database), sometimes hostile.
 */
export function arbitraryFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolveSchema(schema);
  const typed = typedArbitrary(resolved, depth);
  return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: hostile });
}

function typedArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return formatted(schema);
    case 'integer':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 }),
        fc.integer(),
      );
    case 'number':
      return fc.oneof(
        fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(arbitraryFor(schema.items, depth + 1), { maxLength: 4 });
    case undefined:
    default:
      return objectArbitrary(schema, depth);
  }
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (depth > 3 || Object.keys(properties).length === 0) {
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), {
      maxKeys: 3,
    });
  }
  const record = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [
        name,
        arbitraryFor(property, depth + 1),
      ]),
    ),
    { requiredKeys: [] },
  );
  // Now and then a field the API does not know, which it must refuse.
  return fc.oneof(
    { weight: 6, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc
        .tuple(record, fc.constantFrom('unknownField', 'isAdmin', '__proto__', 'id'))
        .map(([value, extra]) => ({ ...(value as object), [extra]: 'x' })),
    },
  );
}
