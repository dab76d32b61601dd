import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authContextOf } from '../../authz/current-auth.decorator';
import type { AppConfig, ExpensiveRateLimits } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RateLimitedError } from '../errors/app-error';
import { RateLimitRepository } from './rate-limit.repository';

/** Which per-caller limit a route counts against. */
export type RateLimitedKind = Exclude<keyof ExpensiveRateLimits, 'windowSeconds'>;

export const RATE_LIMIT_KIND_KEY = 'kehu:rate-limit-kind';

/**
 * Runs after the policy guard, so only calls that were allowed are counted. The window is
 * kept in PostgreSQL: every API process shares the same count for a caller.
 */
@Injectable()
export class CallerRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly buckets: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.get<RateLimitedKind | undefined>(
      RATE_LIMIT_KIND_KEY,
      context.getHandler(),
    );
    if (kind === undefined) return true;
    const { actor } = authContextOf(context);
    const limits = this.config.expensiveRateLimits;
    const bucket = await this.buckets.hit(
      `${kind}:${actor.type}:${actor.id}`,
      limits.windowSeconds,
    );
    if (bucket.hits > limits[kind]) {
      throw new RateLimitedError(
        (bucket.resetAt.getTime() - Date.now()) / 1000,
        'Too many requests of this kind. Wait a moment and try again.',
      );
    }
    return true;
  }
}
