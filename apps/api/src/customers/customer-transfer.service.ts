import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { ForbiddenError, NotFoundError, ValidationError } from '../common/errors/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { type TimelineEntry, TimelineService } from '../timeline/timeline.service';
import { CustomersRepository } from './customers.repository';
import type { BulkTransferRequest } from './dto/transfer-customers.dto';
import { OwnersRepository } from './owners.repository';

/** The timeline entry of a customer handed from one owner to another (with this team). */
export function ownerChangedEvent(
  customerId: string,
  fromOwnerId: string | null,
  toOwnerId: string,
  teamId: string | null,
): TimelineEntry {
  return {
    subjectType: 'customer',
    subjectId: customerId,
    kind: 'owner-changed',
    summary: 'Owner changed',
    details: { fromOwnerId, toOwnerId, teamId },
  };
}

/**
 * Hands customers to another owner (a rep leaves, territories change). The history
 * stays with the customer; every move is on its timeline and in the audit log.
 */
@Injectable()
export class CustomerTransferService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly owners: OwnersRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
  ) {}

  async transferOne(
    auth: AuthContext,
    id: string,
    ownerId: string,
    teamId?: string,
  ): Promise<void> {
    const [target] = await this.customers.reassignable(auth, { ids: [id] });
    if (!target) {
      if (await this.customers.findReadable(auth, id)) throw new ForbiddenError();
      throw new NotFoundError('The customer');
    }
    await this.move(auth, [target], ownerId, teamId);
  }

  async transferMany(auth: AuthContext, request: BulkTransferRequest): Promise<number> {
    if ((request.customerIds === undefined) === (request.fromOwnerId === undefined)) {
      throw ValidationError.field('customerIds', 'give either customerIds or fromOwnerId');
    }
    const targets = await this.customers.reassignable(auth, {
      ids: request.customerIds,
      fromOwnerId: request.fromOwnerId,
    });
    if (request.customerIds && targets.length < request.customerIds.length) {
      throw new ForbiddenError(
        'Some of these customers do not exist or you may not reassign them; none were moved.',
      );
    }
    return this.move(auth, targets, request.ownerId, request.teamId);
  }

  private async move(
    auth: AuthContext,
    targets: Array<{ id: string; name: string; ownerId: string | null }>,
    ownerId: string,
    teamId?: string,
  ): Promise<number> {
    const ownership = await this.owners.resolveOwner(auth, ownerId, teamId);
    const previousOwner = new Map(targets.map((target) => [target.id, target.ownerId]));
    return this.transactions.run(async (manager) => {
      const moved = await this.customers.reassign(
        manager,
        targets.map((target) => target.id),
        ownerId,
        ownership.teamId,
      );
      await this.timeline.record(
        manager,
        auth,
        moved.map((id) =>
          ownerChangedEvent(id, previousOwner.get(id) ?? null, ownerId, ownership.teamId),
        ),
      );
      await this.audit.recordMany(
        manager,
        auth,
        moved.map((id) => ({
          entity: 'customer',
          entityId: id,
          action: 'update' as const,
          before: { ownerId: previousOwner.get(id) ?? null },
          after: { ownerId },
          fields: ['ownerId'],
        })),
      );
      return moved.length;
    });
  }
}
