import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, NotFoundError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateDealerOrgRequest,
  type ListDealerOrgsQuery,
  type DealerOrgResponse,
  toDealerOrgResponse,
  type UpdateDealerOrgRequest,
} from './dto/dealer-org.dto';
import { DealerOrg } from './entities/dealer-org.entity';
import { DealerOrgsRepository } from './dealer-orgs.repository';

const DEALER_ORG: AuditedTarget<DealerOrg> = {
  entity: DealerOrg,
  auditName: 'dealer-org',
  fields: ['name', 'contactEmail', 'phone', 'region'],
};

@Injectable()
export class DealerOrgsService {
  constructor(
    private readonly dealerOrgs: DealerOrgsRepository,
    private readonly writes: AuditedWrites,
  ) {}

  async list(auth: AuthContext, query: ListDealerOrgsQuery): Promise<Page<DealerOrgResponse>> {
    const page = await this.dealerOrgs.list(auth, query);
    return { items: page.items.map(toDealerOrgResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<DealerOrgResponse> {
    return toDealerOrgResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateDealerOrgRequest): Promise<DealerOrgResponse> {
    const name = request.name.trim();
    await this.assertNameFree(name);
    const dealerOrg = await this.writes.create(auth, DEALER_ORG, {
      name,
      contactEmail: request.contactEmail?.toLowerCase() ?? null,
      phone: request.phone ?? null,
      region: request.region ?? null,
    });
    return toDealerOrgResponse(dealerOrg);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateDealerOrgRequest,
  ) {
    const current = await this.findReadable(auth, id);
    const name = request.name?.trim() ?? current.name;
    if (name !== current.name) await this.assertNameFree(name, id);
    await this.writes.update(auth, DEALER_ORG, current, ifMatch, {
      name,
      contactEmail:
        request.contactEmail === undefined
          ? current.contactEmail
          : (request.contactEmail?.toLowerCase() ?? null),
      phone: request.phone === undefined ? current.phone : request.phone,
      region: request.region === undefined ? current.region : request.region,
    });
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    await this.writes.softDelete(auth, DEALER_ORG, await this.findReadable(auth, id), ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<DealerOrgResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.assertNameFree(current.name, id);
      await this.writes.restore(auth, DEALER_ORG, current);
    }
    return this.get(auth, id);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<DealerOrg> {
    const dealerOrg = await this.dealerOrgs.findReadable(auth, id, options);
    if (!dealerOrg) throw new NotFoundError('The dealer org');
    return dealerOrg;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.dealerOrgs.nameInUse(name, exceptId))
      throw new ConflictError(`A dealer org named "${name}" already exists.`);
  }
}
