import { Inject, Injectable } from '@nestjs/common';
import { RateLimitedError } from '../common/errors/app-error';
import { RateLimitRepository } from '../common/rate-limit/rate-limit.repository';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/**
 * Failed sign-ins are counted per account and per address. Once either reaches its
 * limit within the window, further attempts get 429 until the window ends, even
 * with the right password, so guessing gains nothing.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly buckets: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, address: string) {
    return { account: `login:account:${email}`, address: `login:address:${address}` };
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const live = await this.buckets.peek([keys.account, keys.address]);
    const limits: Array<[string, number]> = [
      [keys.account, this.config.loginMaxFailuresPerAccount],
      [keys.address, this.config.loginMaxFailuresPerAddress],
    ];
    for (const [key, limit] of limits) {
      const bucket = live.get(key);
      if (bucket && bucket.hits >= limit) {
        throw new RateLimitedError(
          (bucket.resetAt.getTime() - Date.now()) / 1000,
          'Too many failed sign-in attempts. Wait a moment and try again.',
        );
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    await this.buckets.hit(keys.account, this.config.loginWindowSeconds);
    await this.buckets.hit(keys.address, this.config.loginWindowSeconds);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.buckets.clear(this.keys(email, address).account);
  }
}
