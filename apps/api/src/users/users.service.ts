import { Injectable } from '@nestjs/common';
import { passwordWeakness, type Role } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { SessionsRepository } from '../auth/sessions.repository';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { TransactionRunner } from '../database/transaction-runner';
import type { CreateUserRequest } from './dto/create-user.dto';
import type { UpdateUserRequest } from './dto/update-user.dto';
import { toUserResponse, type UserResponse } from './dto/user.dto';
import type { ListUsersQuery } from './dto/list-users-query.dto';
import {
  type DirectoryUserResponse,
  type ListUserDirectoryQuery,
  toDirectoryUserResponse,
} from './dto/user-directory.dto';
import { User } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { type NewUser, UsersRepository } from './users.repository';

const AUDITED_FIELDS = [
  'email',
  'name',
  'roles',
  'teamIds',
  'dealerOrgId',
  'locale',
  'active',
  'passwordHash',
];
const SECRET_FIELDS = ['passwordHash'];

function auditView(user: User, teamIds: string[]): Record<string, unknown> {
  return { ...user, teamIds: [...teamIds].sort() };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, query: ListUsersQuery): Promise<Page<UserResponse>> {
    const page = await this.users.list(auth, query);
    return { items: page.items.map(toUserResponse), nextCursor: page.nextCursor };
  }

  /** Colleagues for pickers; a channel partner sees only the people of their dealer org. */
  async directory(
    auth: AuthContext,
    query: ListUserDirectoryQuery,
  ): Promise<Page<DirectoryUserResponse>> {
    const { principal } = auth;
    const dealerOrgId = principal.roles.includes('channel_partner')
      ? principal.dealerOrgId
      : undefined;
    const page = await this.users.directory({ ...query, dealerOrgId });
    return { items: page.items.map(toDirectoryUserResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<UserResponse> {
    return toUserResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateUserRequest): Promise<UserResponse> {
    const email = request.email.trim().toLowerCase();
    const teamIds = request.teamIds ?? [];
    const dealerOrgId = request.dealerOrgId ?? null;
    this.assertPasswordStrong(request.password, email);
    await this.assertReferencesExist(teamIds, dealerOrgId, request.roles);
    if (await this.users.emailInUse(email))
      throw new ConflictError('A user with this email already exists.');
    const passwordHash = await this.hasher.hash(request.password);

    const user = await this.transactions.run(async (manager) => {
      const created = await this.users.insert(
        manager,
        {
          email,
          name: request.name.trim(),
          passwordHash,
          roles: request.roles,
          locale: request.locale ?? null,
          dealerOrgId,
          active: request.active ?? true,
        },
        teamIds,
      );
      await this.audit.record(manager, auth, {
        entity: 'user',
        entityId: created.id,
        action: 'create',
        after: auditView(created, teamIds),
        fields: AUDITED_FIELDS,
        secretFields: SECRET_FIELDS,
      });
      return created;
    });
    return this.get(auth, user.id);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateUserRequest,
  ) {
    const current = await this.findReadable(auth, id);
    assertVersion(current.version, ifMatch);
    const currentTeamIds = (current.teams ?? []).map((team) => team.id);
    const roles = request.roles ?? current.roles;
    const teamIds = request.teamIds ?? currentTeamIds;
    const dealerOrgId =
      request.dealerOrgId === undefined ? current.dealerOrgId : request.dealerOrgId;
    const active = request.active ?? current.active;
    await this.assertReferencesExist(request.teamIds ?? [], dealerOrgId, roles);
    if (request.password !== undefined) this.assertPasswordStrong(request.password, current.email);
    const passwordHash =
      request.password === undefined
        ? current.passwordHash
        : await this.hasher.hash(request.password);
    const changes = {
      name: request.name?.trim() ?? current.name,
      roles,
      dealerOrgId,
      locale: request.locale === undefined ? current.locale : request.locale,
      active,
      passwordHash,
    };

    await this.transactions.run(async (manager) => {
      await this.assertAdminRemains(manager, current, roles, active);
      await updateVersioned(manager, User, id, current.version, changes);
      if (request.teamIds !== undefined) await this.users.replaceTeams(manager, id, teamIds);
      if (!active || passwordHash !== current.passwordHash) {
        await this.sessions.revokeAllSessionsOf(
          manager,
          id,
          active ? 'password-changed' : 'user-disabled',
        );
      }
      await this.audit.record(manager, auth, {
        entity: 'user',
        entityId: id,
        action: 'update',
        before: auditView(current, currentTeamIds),
        after: { ...auditView(current, teamIds), ...changes },
        fields: AUDITED_FIELDS,
        secretFields: SECRET_FIELDS,
      });
    });
    return this.get(auth, id);
  }

  /** Soft delete: the account stops working at once, and can be restored. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    assertVersion(current.version, ifMatch);
    if (auth.principal.kind === 'user' && auth.principal.id === id) {
      throw new ForbiddenError('You cannot delete your own account.');
    }
    await this.transactions.run(async (manager) => {
      await this.assertAdminRemains(manager, current, [], false);
      await updateVersioned(manager, User, id, current.version, { deletedAt: () => 'now()' });
      await this.sessions.revokeAllSessionsOf(manager, id, 'user-deleted');
      await this.audit.record(manager, auth, {
        entity: 'user',
        entityId: id,
        action: 'delete',
        fields: [],
      });
    });
  }

  async restore(auth: AuthContext, id: string): Promise<UserResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt === null) return toUserResponse(current);
    if (await this.users.emailInUse(current.email, id)) {
      throw new ConflictError(
        'Another user now has this email; change theirs before restoring this one.',
      );
    }
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, User, id, current.version, { deletedAt: null });
      await this.audit.record(manager, auth, {
        entity: 'user',
        entityId: id,
        action: 'restore',
        fields: [],
      });
    });
    return this.get(auth, id);
  }

  /** The user with this id, with their teams, if the account is active (sign-in, sessions). */
  findActive(id: string): Promise<User | null> {
    return this.users.findActiveById(id);
  }

  /** Which of these team ids do not name a live team (for principals' memberships). */
  missingTeams(teamIds: string[]): Promise<string[]> {
    return this.users.missingTeams(teamIds);
  }

  dealerOrgExists(id: string): Promise<boolean> {
    return this.users.dealerOrgExists(id);
  }

  /** Whether any account was ever created, deleted ones included (first start, demo data). */
  async anyUserExists(): Promise<boolean> {
    return (await this.users.count()) > 0;
  }

  /** Adds an account and its teams in the caller's transaction; the caller audits it. */
  insert(manager: EntityManager, user: NewUser, teamIds: string[]): Promise<User> {
    return this.users.insert(manager, user, teamIds);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<User> {
    const user = await this.users.findReadable(auth, id, options);
    if (!user) throw new NotFoundError('The user');
    return user;
  }

  private assertPasswordStrong(password: string, email: string): void {
    const weakness = passwordWeakness(password, email);
    if (weakness) throw ValidationError.field('password', weakness);
  }

  private async assertReferencesExist(
    teamIds: string[],
    dealerOrgId: string | null,
    roles: Role[],
  ): Promise<void> {
    const missingTeams = await this.users.missingTeams(teamIds);
    if (missingTeams.length > 0)
      throw ValidationError.field('teamIds', `name unknown teams: ${missingTeams.join(', ')}`);
    if (dealerOrgId !== null && !(await this.users.dealerOrgExists(dealerOrgId))) {
      throw ValidationError.field('dealerOrgId', 'names an unknown dealer org');
    }
    if (roles.includes('channel_partner') && dealerOrgId === null) {
      throw ValidationError.field('dealerOrgId', 'is required for a channel partner');
    }
  }

  /** Someone must always be able to administer Kehu. */
  private async assertAdminRemains(
    manager: EntityManager,
    current: User,
    roles: Role[],
    active: boolean,
  ): Promise<void> {
    const losesAdmin =
      current.roles.includes('admin') && current.active && (!roles.includes('admin') || !active);
    if (losesAdmin && (await this.users.countOtherActiveAdmins(manager, current.id)) === 0) {
      throw new ConflictError('This is the last active admin; make someone else admin first.');
    }
  }
}
