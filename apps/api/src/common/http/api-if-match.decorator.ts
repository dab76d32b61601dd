import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblems } from './api-problems.decorator';

/** Documents If-Match on a PATCH or DELETE, with its 412. */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing.',
    }),
    ApiProblems(412),
  );
