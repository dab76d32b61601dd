import type { KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';

/*
 * Request and response shapes read from the generated client's path types, for resources
 * that @kehu/contracts does not name: they follow the API whenever it is regenerated.
 */
export type ApiPaths = KehuClient extends Client<infer P> ? P : never;
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type OperationOf<Path extends keyof ApiPaths, M extends Method> = NonNullable<ApiPaths[Path][M]>;

/** The JSON body of a successful answer (200 unless another status is named). */
export type ApiResponse<
  Path extends keyof ApiPaths,
  M extends Method,
  Status extends number = 200,
> = JsonBody<
  OperationOf<Path, M>['responses'] extends infer Responses
    ? Status extends keyof Responses
      ? Responses[Status]
      : never
    : never
>;

/** The JSON body a write takes. */
export type ApiRequest<Path extends keyof ApiPaths, M extends 'post' | 'put' | 'patch'> =
  OperationOf<Path, M> extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;

/** The query parameters of an operation. */
export type ApiQuery<Path extends keyof ApiPaths, M extends Method> = NonNullable<
  OperationOf<Path, M>['parameters']['query']
>;
