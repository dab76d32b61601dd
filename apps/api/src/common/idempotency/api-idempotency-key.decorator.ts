import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';

/** Documents the Idempotency-Key header of a create route. */
export const ApiIdempotencyKey = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Up to 255 characters, kept 24 hours: a retry with the same key returns the first response.',
    }),
    ApiProblems(409, 422),
  );
