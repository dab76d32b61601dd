import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../common/errors/problem-details';

/** Every tag an operation may carry, in the order readers meet them, with what it groups. */
export const API_TAGS: ReadonlyArray<{ name: string; description: string }> = [
  {
    name: 'auth',
    description: 'Signing in and out, refreshing tokens, and the signed-in account.',
  },
  { name: 'me', description: 'What the signed-in user has to do today.' },
  {
    name: 'customers',
    description:
      'The one customer record shared by every department and dealer: companies and people, their ' +
      'duplicates, merges, transfers, tags, timeline and exports.',
  },
  { name: 'contacts', description: 'The people to talk to at a customer.' },
  {
    name: 'relationships',
    description:
      'How customers relate to each other (parent company, distributor, …) and the kinds of relation.',
  },
  {
    name: 'leads',
    description: 'Prospects before they become customers: assignment, scoring, conversion.',
  },
  { name: 'tasks', description: 'Follow-ups and reminders for customers and leads.' },
  { name: 'tags', description: 'Tags and their groups, used to label customers.' },
  { name: 'segments', description: 'Saved customer lists, by filter or by hand-picked members.' },
  {
    name: 'custom-fields',
    description:
      'Fields admins add to customers, contacts and leads; records carry their values in customFields.',
  },
  {
    name: 'layouts',
    description:
      'Personal page layouts (panels, profile fields, list columns), applied on any device, and each role’s default.',
  },
  { name: 'imports', description: 'Bulk import of customers and leads from CSV or XLSX files.' },
  {
    name: 'notifications',
    description: 'Messages for the signed-in user (assignments, import results, …).',
  },
  { name: 'users', description: 'The people who sign in to Kehu, their roles and teams.' },
  { name: 'teams', description: 'Sales teams: the unit managers see and records are shared in.' },
  {
    name: 'dealer-orgs',
    description: 'Dealer organisations whose partners see only their own customers.',
  },
  { name: 'api-keys', description: 'Keys for server-to-server integrations (X-API-Key header).' },
  {
    name: 'settings',
    description: 'Organisation-wide settings: duplicate rules, lead rules, web forms.',
  },
  { name: 'audit', description: 'Who changed what and when, for administrators.' },
  {
    name: 'public',
    description: 'Endpoints for the public web, such as web-form submissions from a website.',
  },
  {
    name: 'health',
    description: 'Liveness and readiness probes for load balancers and orchestrators.',
  },
];

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kehu CRM API')
    .setDescription(
      'One true customer record for every department and dealer. Errors are RFC 9457 ' +
        'application/problem+json; lists use keyset pagination ({ items, nextCursor }); writes take ' +
        'If-Match (412 when stale) and Idempotency-Key (POST).',
    )
    .setVersion('1.0.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'The Kehu server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  document.tags = API_TAGS.map((tag) => ({ ...tag }));
  for (const operation of operations(document)) {
    // A route without a security scheme is one marked @Public(): say so, rather than
    // leaving readers and linters to guess.
    operation.security ??= [];
    addDefaultErrorResponses(operation);
    sortParameters(operation);
  }
  return document;
}

const PARAMETER_PLACES = ['path', 'query', 'header', 'cookie'];

/**
 * Path parameters first, then query, header and cookie ones, each kept in the order
 * declared: Nest lists a route's parameters in an order that differs between an app
 * built for the document alone and a running one, and the committed document must not
 * depend on which wrote it.
 */
function sortParameters(operation: Operation): void {
  const place = (parameter: object) =>
    'in' in parameter ? PARAMETER_PLACES.indexOf(String(parameter.in)) : PARAMETER_PLACES.length;
  operation.parameters?.sort((a, b) => place(a) - place(b));
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

function operations(document: OpenAPIObject): Operation[] {
  return Object.values(document.paths).flatMap((pathItem) =>
    METHODS.flatMap((method) => (pathItem[method] ? [pathItem[method]] : [])),
  );
}

const PROBLEM_BODY = {
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemResponse' } },
};

/**
 * Any route can fail unexpectedly (500, with a request id to quote), and any request can
 * be refused before it reaches a route, e.g. for a malformed URL (400); both bodies are
 * problem+json.
 */
function addDefaultErrorResponses(operation: Operation): void {
  if (!Object.keys(operation.responses).some((status) => status.startsWith('4'))) {
    operation.responses['400'] = {
      description: 'The request could not be read (e.g. a malformed URL).',
      content: PROBLEM_BODY,
    };
  }
  operation.responses['500'] = {
    description: 'Unexpected error; quote the requestId when reporting it.',
    content: PROBLEM_BODY,
  };
}

/**
 * The document at /api/openapi.json and Swagger UI at /api/docs. It is built on the first
 * request for it, not at start-up: scanning every route takes about a second of CPU that
 * a server (or a test file's app) that never serves it should not spend.
 */
export function serveOpenApi(
  app: INestApplication,
  perRequest?: (document: OpenAPIObject) => Promise<OpenAPIObject>,
): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Kehu CRM API',
    // Nest awaits the document this gives, per request (JSON, YAML and Swagger UI).
    ...(perRequest
      ? {
          patchDocumentOnRequest: (_request: unknown, _reply: unknown, base: OpenAPIObject) =>
            perRequest(base),
        }
      : {}),
  });
}
