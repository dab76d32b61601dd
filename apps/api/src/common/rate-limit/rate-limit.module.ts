import { Global, Module } from '@nestjs/common';
import { CallerRateLimitGuard } from './caller-rate-limit.guard';
import { RateLimitRepository } from './rate-limit.repository';

/**
 * The per-caller limits of expensive routes, for any module's controllers. The repository
 * is exported too: sign-in throttling and web-form submissions keep their own counters
 * in the same bucket table, so it is shared infrastructure rather than a module's table.
 */
@Global()
@Module({
  providers: [RateLimitRepository, CallerRateLimitGuard],
  exports: [RateLimitRepository, CallerRateLimitGuard],
})
export class RateLimitModule {}
