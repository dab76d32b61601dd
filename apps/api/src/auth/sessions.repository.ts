import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@kehu/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuthSession } from './entities/auth-session.entity';
import { RefreshToken } from './entities/refresh-token.entity';

export interface SessionPrincipalRow {
  userId: string;
  roles: Role[];
  teamIds: string[];
  dealerOrgId: string | null;
  active: boolean;
  deleted: boolean;
  sessionRevoked: boolean;
  sessionExpired: boolean;
}

export interface RefreshTokenRow {
  tokenId: string;
  usedAt: Date | null;
  sessionId: string;
  sessionRevokedAt: Date | null;
  sessionExpiresAt: Date;
  userId: string;
}

/** Sign-in sessions and their refresh-token families. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findSessionPrincipal(
    userId: string,
    sessionId: string,
  ): Promise<SessionPrincipalRow | null> {
    const rows: SessionPrincipalRow[] = await this.dataSource.query(
      `SELECT u.id AS "userId", u.roles, u.dealer_org_id AS "dealerOrgId", u.active,
              u.deleted_at IS NOT NULL AS deleted,
              s.revoked_at IS NOT NULL AS "sessionRevoked", s.expires_at <= now() AS "sessionExpired",
              ARRAY(SELECT ut.team_id::text FROM user_teams ut WHERE ut.user_id = u.id) AS "teamIds"
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2`,
      [sessionId, userId],
    );
    return rows[0] ?? null;
  }

  async createSession(
    manager: EntityManager,
    session: Pick<AuthSession, 'userId' | 'expiresAt' | 'ipAddress' | 'userAgent'>,
    refreshTokenHash: string,
  ): Promise<AuthSession> {
    const saved = await manager.save(AuthSession, manager.create(AuthSession, session));
    await manager.insert(RefreshToken, { sessionId: saved.id, tokenHash: refreshTokenHash });
    return saved;
  }

  /** Locks the token row so two concurrent refreshes cannot both use it. */
  async lockRefreshToken(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<RefreshTokenRow | null> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT t.id AS "tokenId", t.used_at AS "usedAt", s.id AS "sessionId",
              s.revoked_at AS "sessionRevokedAt", s.expires_at AS "sessionExpiresAt", s.user_id AS "userId"
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1
          FOR UPDATE OF t, s`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async rotateRefreshToken(
    manager: EntityManager,
    usedTokenId: string,
    sessionId: string,
    newHash: string,
  ) {
    await manager.update(RefreshToken, { id: usedTokenId }, { usedAt: () => 'now()' });
    await manager.insert(RefreshToken, { sessionId, tokenHash: newHash });
  }

  async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.update(
      AuthSession,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  async revokeAllSessionsOf(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager.update(
      AuthSession,
      { userId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  /** Ends every session of the user but the one given (the caller's own). */
  async revokeOtherSessionsOf(
    manager: EntityManager,
    userId: string,
    keepSessionId: string | null,
    reason: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keepSessionId, reason],
    );
  }

  async findSessionIdByRefreshToken(tokenHash: string): Promise<string | null> {
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash } });
    return token?.sessionId ?? null;
  }
}
