import fs from 'node:fs';
import path from 'node:path';

export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Omit<OpenApiOperation, 'method' | 'path'>>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** The committed OpenAPI document: the contract the security suites are generated from. */
export const OPENAPI = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../../../libs/contracts/openapi.json'), 'utf8'),
) as OpenApiDocument;

export const OPERATIONS: OpenApiOperation[] = Object.entries(OPENAPI.paths).flatMap(
  ([route, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      ...operation,
      parameters: operation.parameters ?? [],
      method: method.toUpperCase(),
      path: route,
    })),
);

/** A schema with its `$ref` and `allOf` resolved (one level deep at a time). */
export function resolveSchema(schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolveSchema(OPENAPI.components.schemas[name]);
  }
  if (schema.allOf && schema.allOf.length > 0) {
    const parts = schema.allOf.map(resolveSchema);
    return {
      ...schema,
      allOf: undefined,
      ...Object.assign({}, ...parts),
      nullable: schema.nullable,
    } as JsonSchema;
  }
  return schema;
}

export function jsonRequestSchema(operation: OpenApiOperation): JsonSchema | undefined {
  const schema = operation.requestBody?.content['application/json']?.schema;
  return schema ? resolveSchema(schema) : undefined;
}

export function successResponseSchema(operation: OpenApiOperation): JsonSchema | undefined {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
  const schema = success?.[1].content?.['application/json']?.schema;
  return schema ? resolveSchema(schema) : undefined;
}
