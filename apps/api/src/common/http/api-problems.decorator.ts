import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { ProblemResponse } from './problem.response';

const MEANINGS: Record<number, string> = {
  400: 'Invalid input: unknown fields, wrong types or values (problem+json lists the fields).',
  401: 'Not signed in, or the token or API key is invalid, expired or revoked.',
  403: 'Signed in, but the action is not allowed.',
  404: 'The record does not exist, or the caller may not read it.',
  409: 'Conflict with existing data, or the same Idempotency-Key is still being processed.',
  412: 'If-Match does not match the record’s current version; nothing was changed.',
  413: 'The body is larger than the limit.',
  422: 'The Idempotency-Key was used before with a different body.',
  429: 'Rate limited; see Retry-After.',
  503: 'The database is not reachable.',
};

/** Documents the problem+json error responses a route can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANINGS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
      }),
    ),
  );
}

/** The errors every signed-in route can give. */
export const ApiSignedInProblems = () => ApiProblems(400, 401, 403, 413, 503);
