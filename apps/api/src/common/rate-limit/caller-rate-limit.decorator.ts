import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiProblems } from '../http/api-problems.decorator';
import {
  CallerRateLimitGuard,
  RATE_LIMIT_KIND_KEY,
  type RateLimitedKind,
} from './caller-rate-limit.guard';

/**
 * Counts each call of this route against the caller's limit for this kind of work;
 * over the limit the caller gets 429 with Retry-After until the window ends.
 */
export function RateLimited(kind: RateLimitedKind) {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_KIND_KEY, kind),
    UseGuards(CallerRateLimitGuard),
    ApiProblems(429),
  );
}
