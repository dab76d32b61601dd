import { applyDecorators, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiIfMatch } from './api-if-match.decorator';
import { ApiProblems } from './api-problems.decorator';

/**
 * The standard routes on one record (`:id`): get, patch, delete and restore, each with its
 * method and path, status, response body, problems and operation text. The policy stays
 * on the route itself, beside the parameters, where a reader checks it.
 *
 * `record` names the record as the docs say it, with its article: 'a lead', 'an API key'.
 */
export type RecordName = `a ${string}` | `an ${string}`;

interface RecordRouteOptions {
  /** The route may also answer 409 (a unique name or a rule of the record clashes). */
  conflict?: boolean;
  /** The operation's description, where the standard one does not say enough. */
  description?: string;
}

function nounOf(record: RecordName): string {
  return record.replace(/^an? /, '');
}

function problems(options: RecordRouteOptions) {
  return options.conflict === true ? ApiProblems(404, 409) : ApiProblems(404);
}

/** GET :id: one record, with its version as ETag. */
export const GetRecordRoute = (
  record: RecordName,
  type: Type<unknown>,
  options: Pick<RecordRouteOptions, 'description'> = {},
) =>
  applyDecorators(
    Get(':id'),
    ApiOkResponse({ type }),
    ApiProblems(404),
    ApiOperation({
      summary: `Get ${record}`,
      description:
        options.description ??
        `One ${nounOf(record)} by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.`,
    }),
  );

/** PATCH :id: changes the fields sent, under If-Match. */
export const PatchRecordRoute = (
  record: RecordName,
  type: Type<unknown>,
  options: RecordRouteOptions = {},
) =>
  applyDecorators(
    Patch(':id'),
    ApiIfMatch(),
    ApiOkResponse({ type }),
    problems(options),
    ApiOperation({
      summary: `Update ${record}`,
      description:
        options.description ??
        `Changes only the fields sent. Send the version you read as If-Match: if someone changed the ${nounOf(record)} since, nothing is written and the answer is 412.`,
    }),
  );

/** DELETE :id: a soft delete under If-Match, answered 204. */
export const DeleteRecordRoute = (
  record: RecordName,
  options: RecordRouteOptions & {
    /** What the 204 means for this record, e.g. 'Deleted (soft); restore brings it back.' */
    deleted: string;
  },
) =>
  applyDecorators(
    Delete(':id'),
    HttpCode(204),
    ApiIfMatch(),
    ApiNoContentResponse({ description: options.deleted }),
    problems(options),
    ApiOperation({
      summary: `Delete ${record}`,
      description:
        options.description ??
        `Soft-deletes the ${nounOf(record)}: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.`,
    }),
  );

/** POST :id/restore: brings a soft-deleted record back, answered 200 with the record. */
export const RestoreRecordRoute = (
  record: RecordName,
  type: Type<unknown>,
  options: RecordRouteOptions & { restored?: string } = {},
) =>
  applyDecorators(
    Post(':id/restore'),
    HttpCode(200),
    ApiOkResponse(
      options.restored === undefined ? { type } : { type, description: options.restored },
    ),
    problems(options),
    ApiOperation({
      summary: `Restore a deleted ${nounOf(record)}`,
      description:
        options.description ??
        `Brings back a soft-deleted ${nounOf(record)} as it was; 409 when it would now clash with another record.`,
    }),
  );
