import { Injectable, type OnModuleInit } from '@nestjs/common';
import { asSubject } from '@kehu/domain';
import { AuditService, type AuditedChange } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { ForbiddenError, ValidationError } from '../common/errors/app-error';
import { CustomersService } from '../customers/customers.service';
import type { CustomerResponse } from '../customers/dto/customer.dto';
import { CustomerMergeSteps } from '../customers/merge/customer-merge-steps';
import { TransactionRunner } from '../database/transaction-runner';
import { CustomerTagsRepository } from './customer-tags.repository';
import type {
  BulkTagCustomersRequest,
  BulkTagCustomersResponse,
  ReplaceCustomerTagsRequest,
} from './dto/customer-tags.dto';
import { TagsRepository } from './tags.repository';

/** One audit entry per customer whose live tags changed: `tagIds` from → to, sorted. */
function tagAudit(before: Map<string, string[]>, after: Map<string, string[]>): AuditedChange[] {
  return [...after].map(([customerId, tagIds]) => ({
    entity: 'customer',
    entityId: customerId,
    action: 'update' as const,
    before: { tagIds: [...(before.get(customerId) ?? [])].sort() },
    after: { tagIds: [...tagIds].sort() },
    fields: ['tagIds'],
  }));
}

/**
 * Puts tags on customers and takes them off. Tagging is editing the customer: it needs
 * `update` on every customer concerned, checked before anything is written. Tags are
 * their own sub-resource, so tagging leaves the customer's version alone.
 */
@Injectable()
export class CustomerTagsService implements OnModuleInit {
  constructor(
    private readonly customerTags: CustomerTagsRepository,
    private readonly tags: TagsRepository,
    private readonly customers: CustomersService,
    private readonly mergeSteps: CustomerMergeSteps,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.mergeSteps.register('tags', (manager, sourceId, targetId) =>
      this.customerTags.moveAll(manager, sourceId, targetId),
    );
  }

  /** Sets the customer's live tags to exactly these (404 if unreadable, 403 if read-only). */
  async replace(
    auth: AuthContext,
    customerId: string,
    request: ReplaceCustomerTagsRequest,
  ): Promise<Partial<CustomerResponse>> {
    const customer = await this.customers.findReadable(auth, customerId);
    if (!auth.ability.can('update', asSubject('Customer', { ...customer })))
      throw new ForbiddenError();
    await this.assertLiveTags('tagIds', request.tagIds);
    const wanted = new Set(request.tagIds);
    await this.transactions.run(async (manager) => {
      const before = await this.customerTags.lockLiveTags(manager, [customerId]);
      const current = before.get(customerId) ?? [];
      const removed = await this.customerTags.unlink(
        manager,
        [customerId],
        current.filter((tagId) => !wanted.has(tagId)),
      );
      const added = await this.customerTags.link(
        manager,
        [customerId],
        request.tagIds.filter((tagId) => !current.includes(tagId)),
      );
      if (added.length + removed.length > 0) {
        await this.audit.recordMany(
          manager,
          auth,
          tagAudit(before, new Map([[customerId, request.tagIds]])),
        );
      }
    });
    return this.customers.get(auth, customerId);
  }

  /**
   * Adds and removes tags on up to 1000 customers in a few statements. All or nothing:
   * if the caller may not update one of them (or it does not exist), 403 and no change.
   */
  async bulk(
    auth: AuthContext,
    request: BulkTagCustomersRequest,
  ): Promise<BulkTagCustomersResponse> {
    const add = request.addTagIds ?? [];
    const remove = request.removeTagIds ?? [];
    if (add.length + remove.length === 0)
      throw ValidationError.field('addTagIds', 'or removeTagIds must name at least one tag');
    if (add.some((tagId) => remove.includes(tagId)))
      throw ValidationError.field('removeTagIds', 'must not repeat a tag of addTagIds');
    await this.assertLiveTags('addTagIds', add);
    await this.assertLiveTags('removeTagIds', remove);
    const { customerIds } = request;
    const updatable = await this.customerTags.updatable(auth, customerIds);
    if (updatable.length < customerIds.length) {
      throw new ForbiddenError(
        'Some of these customers do not exist or you may not update them; none were changed.',
      );
    }
    return this.transactions.run(async (manager) => {
      const before = await this.customerTags.lockLiveTags(manager, customerIds);
      const removed = await this.customerTags.unlink(manager, customerIds, remove);
      const added = await this.customerTags.link(manager, customerIds, add);
      const changed = new Set([...removed, ...added].map((link) => link.customerId));
      const removing = new Set(remove);
      const after = new Map<string, string[]>();
      for (const customerId of changed) {
        const kept = (before.get(customerId) ?? []).filter((tagId) => !removing.has(tagId));
        after.set(customerId, kept);
      }
      for (const link of added) after.get(link.customerId)?.push(link.tagId);
      await this.audit.recordMany(manager, auth, tagAudit(before, after));
      return { changed: changed.size, added: added.length, removed: removed.length };
    });
  }

  private async assertLiveTags(field: string, tagIds: readonly string[]): Promise<void> {
    const missing = await this.tags.missing(tagIds);
    if (missing.length > 0)
      throw ValidationError.field(field, `names no tag: ${missing.join(', ')}`);
  }
}
