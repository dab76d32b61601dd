import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { ValidationError } from '../common/errors/app-error';

export interface Ownership {
  ownerId: string | null;
  teamId: string | null;
}

/** Who may own a customer: an active user, and a team they belong to. */
@Injectable()
export class OwnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The owner and team of a new or transferred customer: the given ones, checked, or
   * the caller and their first team.
   */
  async resolveOwner(auth: AuthContext, ownerId?: string, teamId?: string): Promise<Ownership> {
    const owner = ownerId ?? (auth.actor.type === 'user' ? auth.actor.id : undefined);
    if (owner === undefined) return { ownerId: null, teamId: teamId ?? null };
    const rows: Array<{ teamIds: string[] }> = await this.dataSource.query(
      `SELECT ARRAY(SELECT ut.team_id::text FROM user_teams ut JOIN teams t ON t.id = ut.team_id
                     WHERE ut.user_id = u.id AND t.deleted_at IS NULL ORDER BY t.name) AS "teamIds"
         FROM users u WHERE u.id = $1 AND u.active AND u.deleted_at IS NULL`,
      [owner],
    );
    if (rows.length === 0) throw ValidationError.field('ownerId', 'names no active user');
    const teamIds = rows[0].teamIds;
    if (teamId !== undefined && !teamIds.includes(teamId)) {
      throw ValidationError.field('teamId', 'must be a team the owner belongs to');
    }
    return { ownerId: owner, teamId: teamId ?? teamIds[0] ?? null };
  }
}
