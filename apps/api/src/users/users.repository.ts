import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { DealerOrg } from '../dealer-orgs/entities/dealer-org.entity';
import { Team } from '../teams/entities/team.entity';
import { User } from './entities/user.entity';

export interface UserListFilter extends KeysetRequest {
  q?: string;
  role?: string;
  teamId?: string;
  active?: boolean;
}

export interface DirectoryFilter extends KeysetRequest {
  q?: string;
  role?: string;
  teamId?: string;
  /** Set for a channel partner: only the people of their own dealer org. */
  dealerOrgId?: string | null;
}

export type NewUser = Pick<
  User,
  'email' | 'name' | 'passwordHash' | 'roles' | 'locale' | 'dealerOrgId' | 'active'
>;

const SORTABLE = { createdAt: 'u.createdAt', name: 'u.name', email: 'u.email' };

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findActiveById(id: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { id, active: true }, relations: { teams: true } });
  }

  /** The user if the caller may read it; deleted ones only when asked for (restore). */
  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<User | null> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.teams', 'team')
      .where('u.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'User').getOne();
  }

  /** A page of users; their teams come in one more query for the whole page. */
  async list(auth: AuthContext, filter: UserListFilter): Promise<Page<User>> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    restrictToPermitted(query, auth, 'read', 'User');
    if (filter.q) {
      query.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: containsPattern(filter.q) });
    }
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active !== undefined)
      query.andWhere('u.active = :active', { active: filter.active });
    if (filter.teamId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM user_teams ut WHERE ut.user_id = u.id AND ut.team_id = :teamId)',
        {
          teamId: filter.teamId,
        },
      );
    }
    const page = await paginate(query, filter, SORTABLE, '-createdAt');
    await this.attachTeams(page.items);
    return page;
  }

  /**
   * A page of active users by name, with their live teams' names: what an owner picker
   * needs, for any signed-in caller.
   */
  async directory(filter: DirectoryFilter): Promise<Page<User>> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.name', 'u.roles'])
      .where('u.active');
    if (filter.dealerOrgId !== undefined)
      query.andWhere('u.dealerOrgId = :dealerOrgId', { dealerOrgId: filter.dealerOrgId });
    if (filter.q) query.andWhere('u.name ILIKE :q', { q: containsPattern(filter.q) });
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.teamId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM user_teams ut WHERE ut.user_id = u.id AND ut.team_id = :teamId)',
        { teamId: filter.teamId },
      );
    }
    const page = await paginate(query, filter, { name: 'u.name' }, 'name');
    await this.attachNamedTeams(page.items);
    return page;
  }

  private async attachNamedTeams(users: User[]): Promise<void> {
    if (users.length === 0) return;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['ut.user_id AS "userId"', 't.id AS "id"', 't.name AS "name"'])
      .from('user_teams', 'ut')
      .innerJoin('teams', 't', 't.id = ut.team_id AND t.deleted_at IS NULL')
      .where('ut.user_id IN (:...ids)', { ids: users.map((user) => user.id) })
      .orderBy('t.name')
      .getRawMany<{ userId: string; id: string; name: string }>();
    for (const user of users) {
      user.teams = rows
        .filter((row) => row.userId === user.id)
        .map((row) => ({ id: row.id, name: row.name }) as Team);
    }
  }

  private async attachTeams(users: User[]): Promise<void> {
    if (users.length === 0) return;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['ut.user_id AS "userId"', 'ut.team_id AS "teamId"'])
      .from('user_teams', 'ut')
      .where('ut.user_id IN (:...ids)', { ids: users.map((user) => user.id) })
      .getRawMany<{ userId: string; teamId: string }>();
    for (const user of users) {
      user.teams = rows
        .filter((row) => row.userId === user.id)
        .map((row) => ({ id: row.teamId }) as Team);
    }
  }

  async insert(manager: EntityManager, user: NewUser, teamIds: string[]): Promise<User> {
    const saved = await manager.save(User, manager.create(User, user));
    await this.replaceTeams(manager, saved.id, teamIds);
    return saved;
  }

  async replaceTeams(manager: EntityManager, userId: string, teamIds: string[]): Promise<void> {
    await manager.query('DELETE FROM user_teams WHERE user_id = $1', [userId]);
    if (teamIds.length > 0) {
      await manager.query(
        'INSERT INTO user_teams (user_id, team_id) SELECT $1, unnest($2::uuid[])',
        [userId, teamIds],
      );
    }
  }

  async emailInUse(email: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.email = :email', { email });
    if (exceptId) query.andWhere('u.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /** Which of these team ids do not name a live team. */
  async missingTeams(teamIds: string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const found = await this.dataSource
      .getRepository(Team)
      .find({ select: { id: true }, where: { id: In(teamIds) } });
    const foundIds = new Set(found.map((team) => team.id));
    return teamIds.filter((id) => !foundIds.has(id));
  }

  async dealerOrgExists(id: string): Promise<boolean> {
    return (await this.dataSource.getRepository(DealerOrg).countBy({ id })) > 0;
  }

  /** Active admins other than this one: the last admin may not be removed. */
  async countOtherActiveAdmins(manager: EntityManager, exceptId: string): Promise<number> {
    const rows: Array<{ count: string }> = await manager.query(
      `SELECT count(*) FROM users
        WHERE 'admin' = ANY(roles) AND active AND deleted_at IS NULL AND id <> $1`,
      [exceptId],
    );
    return Number(rows[0].count);
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(User).count({ withDeleted: true });
  }
}
