import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, NotFoundError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateTeamRequest,
  type ListTeamsQuery,
  type TeamResponse,
  toTeamResponse,
  type UpdateTeamRequest,
} from './dto/team.dto';
import { Team } from './entities/team.entity';
import { TeamsRepository } from './teams.repository';

const TEAM: AuditedTarget<Team> = {
  entity: Team,
  auditName: 'team',
  fields: ['name', 'description'],
};

@Injectable()
export class TeamsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly writes: AuditedWrites,
  ) {}

  async list(auth: AuthContext, query: ListTeamsQuery): Promise<Page<TeamResponse>> {
    const page = await this.teams.list(auth, query);
    return { items: page.items.map(toTeamResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<TeamResponse> {
    return toTeamResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateTeamRequest): Promise<TeamResponse> {
    const name = request.name.trim();
    await this.assertNameFree(name);
    const team = await this.writes.create(auth, TEAM, {
      name,
      description: request.description ?? null,
    });
    return toTeamResponse(team);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateTeamRequest,
  ) {
    const current = await this.findReadable(auth, id);
    const name = request.name?.trim() ?? current.name;
    if (name !== current.name) await this.assertNameFree(name, id);
    await this.writes.update(auth, TEAM, current, ifMatch, {
      name,
      description: request.description === undefined ? current.description : request.description,
    });
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    await this.writes.softDelete(auth, TEAM, await this.findReadable(auth, id), ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<TeamResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.assertNameFree(current.name, id);
      await this.writes.restore(auth, TEAM, current);
    }
    return this.get(auth, id);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Team> {
    const team = await this.teams.findReadable(auth, id, options);
    if (!team) throw new NotFoundError('The team');
    return team;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.teams.nameInUse(name, exceptId))
      throw new ConflictError(`A team named "${name}" already exists.`);
  }
}
