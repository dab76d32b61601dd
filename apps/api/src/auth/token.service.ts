import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { sha256 } from '../common/crypto/sha256';
import { UnauthenticatedError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/** Short-lived signed access tokens and opaque, single-use refresh tokens. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(userId: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync(
      { sub: userId, sid: sessionId, typ: 'access' },
      {
        secret: this.config.jwtSecret,
        algorithm: 'HS256',
        expiresIn: this.config.accessTokenTtlSeconds,
      },
    );
  }

  /** Only HS256 with our secret is accepted: `alg: none` and other keys fail here. */
  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    try {
      const claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      if (
        claims.typ !== 'access' ||
        typeof claims.sub !== 'string' ||
        typeof claims.sid !== 'string'
      ) {
        throw new Error('not an access token');
      }
      return { sub: claims.sub, sid: claims.sid };
    } catch {
      throw new UnauthenticatedError('The access token is invalid or has expired.');
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: sha256(token) };
  }
}
