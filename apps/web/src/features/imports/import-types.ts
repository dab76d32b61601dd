import type { KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';

/*
 * The import shapes of the generated OpenAPI client, read from its path types so they follow
 * the API whenever it is regenerated.
 */
type Paths = KehuClient extends Client<infer P> ? P : never;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ImportJob = Json<Paths['/api/v1/imports/{id}']['get']['responses'][200]>;
export type ImportPreview = Json<Paths['/api/v1/imports/customers']['post']['responses'][201]>;
export type StartImportRequest = Json<
  NonNullable<Paths['/api/v1/imports/{id}/start']['post']['requestBody']>
>;
export type ImportStatus = ImportJob['status'];
/** The text encoding a CSV file is read in. */
export type ImportEncoding = NonNullable<ImportJob['encoding']>;
export type DuplicateMode = StartImportRequest['duplicateMode'];
/** Per column, in order: the field it fills, or null to leave it out. */
export type ImportMapping = StartImportRequest['mapping'];
/** A field a column can fill, of any import target. */
export type ImportField = NonNullable<ImportMapping[number]>;
