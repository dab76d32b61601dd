import { Global, Module } from '@nestjs/common';
import { CallerRateLimitGuard } from './caller-rate-limit.guard';
import { RateLimitRepository } from './rate-limit.repository';

/** The per-caller limits of expensive routes, for any module's controllers. */
@Global()
@Module({
  providers: [RateLimitRepository, CallerRateLimitGuard],
  exports: [RateLimitRepository, CallerRateLimitGuard],
})
export class RateLimitModule {}
