import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { createAbility, defineRulesFor, type Principal } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { UnauthenticatedError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { toUserResponse } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { AuthRepository } from './auth.repository';
import { SessionsRepository } from './sessions.repository';
import { TransactionRunner } from '../database/transaction-runner';
import type { MeResponse, TokenResponse } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from '../users/password-hasher';
import { parseApiKey } from '../api-keys/api-key-format';
import type { ApiKey } from '../api-keys/entities/api-key.entity';
import { sha256 } from '../common/crypto/sha256';
import { TokenService } from './token.service';

export interface ClientInfo {
  ipAddress: string;
  userAgent: string | null;
  requestId: string;
}

const WRONG_CREDENTIALS = 'The email or password is wrong.';

function contextFor(principal: Principal, requestId: string): AuthContext {
  return {
    principal,
    ability: createAbility(defineRulesFor(principal)),
    actor: { type: principal.kind, id: principal.id },
    requestId,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly sessions: SessionsRepository,
    private readonly transactions: TransactionRunner,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo): Promise<TokenResponse> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, client.ipAddress);
    const user = await this.auth.findUserForLogin(email);
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordOk) {
      await this.throttle.recordFailure(email, client.ipAddress);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (!user.active)
      throw new UnauthenticatedError('This account is disabled. Ask an administrator.');
    await this.throttle.recordSuccess(email, client.ipAddress);

    const refresh = this.tokens.newRefreshToken();
    const session = await this.transactions.run(async (manager) => {
      await this.auth.recordLogin(manager, user.id);
      return this.sessions.createSession(
        manager,
        {
          userId: user.id,
          expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
          ipAddress: client.ipAddress,
          userAgent: client.userAgent?.slice(0, 400) ?? null,
        },
        refresh.hash,
      );
    });
    return {
      accessToken: this.tokens.signAccessToken(user.id, session.id),
      refreshToken: refresh.token,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: toUserResponse(user),
    };
  }

  /**
   * Trades a refresh token for a new pair. A token used twice means it was stolen:
   * the whole session (every token descended from the sign-in) is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenResponse> {
    const next = this.tokens.newRefreshToken();
    const outcome = await this.transactions.run(async (manager) => {
      const row = await this.sessions.lockRefreshToken(manager, sha256(refreshToken));
      if (!row) return { ok: false as const };
      if (row.usedAt !== null) {
        await this.sessions.revokeSession(manager, row.sessionId, 'refresh-token-reuse');
        return { ok: false as const };
      }
      if (row.sessionRevokedAt !== null || row.sessionExpiresAt.getTime() <= Date.now()) {
        return { ok: false as const };
      }
      await this.sessions.rotateRefreshToken(manager, row.tokenId, row.sessionId, next.hash);
      return { ok: true as const, userId: row.userId, sessionId: row.sessionId };
    });
    if (!outcome.ok)
      throw new UnauthenticatedError(
        'The refresh token is invalid, used or expired. Sign in again.',
      );

    const user = await this.users.findActive(outcome.userId);
    if (!user) throw new UnauthenticatedError('This account is disabled. Ask an administrator.');
    return {
      accessToken: this.tokens.signAccessToken(user.id, outcome.sessionId),
      refreshToken: next.token,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: toUserResponse(user),
    };
  }

  /** Ends the session of a refresh token. Unknown tokens are ignored: nothing to end. */
  async logout(refreshToken: string): Promise<void> {
    const sessionId = await this.sessions.findSessionIdByRefreshToken(sha256(refreshToken));
    if (sessionId === null) return;
    await this.transactions.run((manager) =>
      this.sessions.revokeSession(manager, sessionId, 'logout'),
    );
  }

  async me(auth: AuthContext): Promise<MeResponse> {
    const user =
      auth.principal.kind === 'user' ? await this.users.findActive(auth.principal.id) : null;
    if (!user) throw new UnauthenticatedError('Only a signed-in user has a profile.');
    return { user: toUserResponse(user), rules: defineRulesFor(auth.principal) };
  }

  /** Checked on every request: a disabled user or an ended session stops at once. */
  async authenticateAccessToken(token: string, requestId: string): Promise<AuthContext> {
    const claims = this.tokens.verifyAccessToken(token);
    const row = await this.sessions.findSessionPrincipal(claims.sub, claims.sid);
    if (!row || row.deleted || !row.active || row.sessionRevoked || row.sessionExpired) {
      throw new UnauthenticatedError('The session has ended. Sign in again.');
    }
    const context = contextFor(
      {
        kind: 'user',
        id: row.userId,
        roles: row.roles,
        teamIds: row.teamIds,
        dealerOrgId: row.dealerOrgId,
      },
      requestId,
    );
    return { ...context, sessionId: claims.sid };
  }

  /** The rights of a user acting in the background (e.g. their import job), or null if disabled. */
  async contextForUser(userId: string, requestId: string): Promise<AuthContext | null> {
    const user = await this.users.findActive(userId);
    if (!user) return null;
    const principal: Principal = {
      kind: 'user',
      id: user.id,
      roles: user.roles,
      teamIds: (user.teams ?? []).map((team) => team.id),
      dealerOrgId: user.dealerOrgId,
    };
    return contextFor(principal, requestId);
  }

  async authenticateApiKey(key: string, requestId: string): Promise<AuthContext> {
    const invalid = new UnauthenticatedError('The API key is invalid, expired or revoked.');
    const parsed = parseApiKey(key);
    if (!parsed) throw invalid;
    const apiKey = await this.auth.findApiKeyByPrefix(parsed.prefix);
    if (!apiKey) throw invalid;
    const matches = timingSafeEqual(Buffer.from(sha256(key)), Buffer.from(apiKey.keyHash));
    if (!matches || !apiKeyUsable(apiKey)) throw invalid;
    await this.auth.touchApiKey(apiKey.id);
    return apiKeyContext(apiKey, requestId);
  }

  /**
   * The rights of an API key acting in the background (e.g. the import it started), or
   * null once it is revoked, expired or deleted.
   */
  async contextForApiKey(apiKeyId: string, requestId: string): Promise<AuthContext | null> {
    const apiKey = await this.auth.findApiKeyById(apiKeyId);
    return apiKey && apiKeyUsable(apiKey) ? apiKeyContext(apiKey, requestId) : null;
  }
}

function apiKeyUsable(apiKey: ApiKey): boolean {
  const expired = apiKey.expiresAt !== null && apiKey.expiresAt.getTime() <= Date.now();
  return apiKey.revokedAt === null && apiKey.deletedAt === null && !expired;
}

/** An API key acts with its role, team or dealer, narrowed to its scopes. */
function apiKeyContext(apiKey: ApiKey, requestId: string): AuthContext {
  return contextFor(
    {
      kind: 'apiKey',
      id: apiKey.id,
      roles: [apiKey.role],
      teamIds: apiKey.teamId ? [apiKey.teamId] : [],
      dealerOrgId: apiKey.dealerOrgId,
      scopes: apiKey.scopes,
    },
    requestId,
  );
}
