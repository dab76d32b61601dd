import fs from 'node:fs';
import path from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { POLICY_KEY, PUBLIC_KEY } from '../src/authz/policy.decorator';
import { pendingSchemaChanges } from '../src/database/schema-drift';
import { createTestApp, type TestApp } from './support/test-app';

interface OpenApiOperation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe('the API contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());

  function routes() {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    return discovery.getControllers().flatMap((wrapper) => {
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const controllerPath = Reflect.getMetadata(
        PATH_METADATA,
        wrapper.metatype as object,
      ) as string;
      return scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) return [];
        const routePath = Reflect.getMetadata(PATH_METADATA, handler) as string;
        return [
          {
            name: `${wrapper.name}.${name}`,
            method: RequestMethod[method],
            path: `${controllerPath}/${routePath}`,
            handler,
            controller: wrapper.metatype as object,
          },
        ];
      });
    });
  }

  it('every route declares its access policy (@Policy, @SignedIn or @Public)', () => {
    const found = routes();
    expect(found.length).toBeGreaterThan(15);
    const undeclared = found.filter(({ handler, controller }) =>
      [POLICY_KEY, PUBLIC_KEY].every(
        (key) =>
          Reflect.getMetadata(key, handler) === undefined &&
          Reflect.getMetadata(key, controller) === undefined,
      ),
    );
    expect(undeclared.map((route) => route.name)).toEqual([]);
  });

  it('the OpenAPI document describes every route, each with problem+json error responses', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    const paths = response.body.paths as Record<string, Record<string, OpenApiOperation>>;
    const operations = Object.values(paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(routes().length);
    for (const operation of operations) {
      const errors = Object.entries(operation.responses).filter(
        ([status]) => Number(status) >= 400,
      );
      expect(errors.length).toBeGreaterThan(0);
      for (const [, error] of errors)
        expect(Object.keys(error.content ?? {})).toEqual(['application/problem+json']);
    }
  });

  it('every operation has a summary, a description and a declared, described tag', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    const tags = new Map(
      (response.body.tags as Array<{ name: string; description?: string }>).map((tag) => [
        tag.name,
        tag.description ?? '',
      ]),
    );
    const paths = response.body.paths as Record<string, Record<string, OpenApiOperation>>;
    const lacking = Object.values(paths)
      .flatMap((methods) => Object.values(methods))
      .flatMap((operation) => {
        const missing = [
          !operation.summary?.trim() && 'summary',
          !operation.description?.trim() && 'description',
          !operation.tags?.length && 'tag',
          ...(operation.tags ?? [])
            .filter((tag) => !tags.get(tag)?.trim())
            .map((tag) => `a description of the tag ${tag}`),
        ].filter(Boolean);
        return missing.length > 0 ? [`${operation.operationId}: ${missing.join(', ')}`] : [];
      });
    expect(lacking).toEqual([]);
    expect(response.body.servers).toEqual([expect.objectContaining({ url: expect.any(String) })]);
  });

  it('exactly the @Public() routes declare security: [] and every other route a scheme', async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    const paths = response.body.paths as Record<string, Record<string, OpenApiOperation>>;
    const operations = Object.values(paths).flatMap((methods) => Object.values(methods));
    const documentedPublic = operations
      .filter((operation) => operation.security?.length === 0)
      .map((operation) => operation.operationId)
      .sort();
    const publicRoutes = routes()
      .filter(
        ({ handler, controller }) =>
          Reflect.getMetadata(PUBLIC_KEY, handler) === true ||
          Reflect.getMetadata(PUBLIC_KEY, controller) === true,
      )
      .map(({ name }) => name.replace(/Controller\./, '_'))
      .sort();
    expect(publicRoutes).toContain('Auth_login');
    expect(documentedPublic).toEqual(publicRoutes);
    expect(operations.filter((operation) => operation.security === undefined)).toEqual([]);
  });

  it('the committed libs/contracts/openapi.json is the served document (run `npm run openapi`)', async () => {
    const served = await t.http().get('/api/openapi.json').expect(200);
    const committed = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../libs/contracts/openapi.json'), 'utf8'),
    ) as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    // The served document describes the custom fields defined now (its own suite checks
    // them); the committed one keeps their generic schema, and is otherwise the same.
    const schemas = served.body.components.schemas as typeof committed.components.schemas;
    for (const [name, schema] of Object.entries(committed.components.schemas)) {
      const properties = schemas[name]?.properties;
      if (schema.properties?.customFields && properties?.customFields)
        properties.customFields = schema.properties.customFields;
    }
    expect(served.body).toEqual(committed);
  });

  it('Swagger UI is served at /api/docs', async () => {
    const response = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(response.text).toMatch(/swagger-ui/i);
  });

  it('the migrations and the entities agree (no schema drift)', async () => {
    const { up } = await pendingSchemaChanges(t.app.get(DataSource));
    expect(up.map((query) => query.query)).toEqual([]);
  });
});
