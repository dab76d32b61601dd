import { Injectable } from '@nestjs/common';
import {
  canChangeLeadStatus,
  type CustomFieldValue,
  LEAD_AUDITED_FIELDS,
  type LeadSource,
  scoreLead,
  withOnePrimary,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { OwnersRepository } from '../customers/owners.repository';
import { TransactionRunner } from '../database/transaction-runner';
import { NotificationsService } from '../notifications/notifications.service';
import { withoutCustomFields } from '../custom-fields/custom-field-input';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { TimelineService } from '../timeline/timeline.service';
import type {
  CreateLeadRequest,
  LeadFieldsRequest,
  UpdateLeadRequest,
} from './dto/create-lead.dto';
import { formatLeadNumber, type LeadResponse } from './dto/lead.dto';
import { presentLead } from './lead.presenter';
import type { ListLeadsQuery } from './dto/list-leads-query.dto';
import { Lead } from './entities/lead.entity';
import { type LeadAssignment, LeadAssignmentService } from './lead-assignment.service';
import { LeadFollowUpReminders } from './lead-follow-up-reminders';
import { LeadSettingsService } from './lead-settings.service';
import { LeadsRepository } from './leads.repository';

/** Request fields as stored: contact lists with one primary each, text trimmed. */
function storedFields(request: LeadFieldsRequest): QueryDeepPartialEntity<Lead> {
  const { phones, emails, name, nextFollowUpAt, ...rest } = definedFields(
    withoutCustomFields(request),
  );
  return {
    ...rest,
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(phones ? { phones: withOnePrimary(phones) } : {}),
    ...(emails ? { emails: withOnePrimary(emails) } : {}),
    ...(nextFollowUpAt !== undefined
      ? { nextFollowUpAt: nextFollowUpAt === null ? null : new Date(nextFollowUpAt) }
      : {}),
  };
}

/** A lead as captured by a web form or import: no caller, the rules choose the owner. */
export interface CapturedLead extends LeadFieldsRequest {
  name: string;
  source: LeadSource;
  webFormId?: string;
  /** Checked by the domain's validation of the lead fields, the defaults filled in. */
  customFieldValues?: Record<string, CustomFieldValue>;
}

@Injectable()
export class LeadsService {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly owners: OwnersRepository,
    private readonly assignment: LeadAssignmentService,
    private readonly settings: LeadSettingsService,
    private readonly reminders: LeadFollowUpReminders,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async list(auth: AuthContext, query: ListLeadsQuery): Promise<Page<Partial<LeadResponse>>> {
    const page = await this.leads.list(auth, query);
    const visible = await this.customFields.visibleKeys(auth, 'lead');
    return {
      items: page.items.map((lead) => this.present(auth, lead, visible)),
      nextCursor: page.nextCursor,
    };
  }

  async get(auth: AuthContext, id: string): Promise<Partial<LeadResponse>> {
    const lead = await this.findReadable(auth, id);
    return this.present(auth, lead, await this.customFields.visibleKeys(auth, 'lead'));
  }

  /**
   * The lead as this caller may see it: restricted fields are left out, and of its custom
   * field values those of the live fields the caller sees (`visible`).
   */
  private present(
    auth: AuthContext,
    lead: Lead,
    visible: ReadonlySet<string>,
    testedAs?: object,
  ): Partial<LeadResponse> {
    return {
      ...presentLead(auth, lead, testedAs),
      customFields: Object.fromEntries(
        Object.entries(lead.customFields).filter(([key]) => visible.has(key)),
      ),
    };
  }

  async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Lead> {
    const lead = await this.leads.findPermitted(auth, id, options);
    if (!lead) throw new NotFoundError('The lead');
    return lead;
  }

  /** Whether the caller may read this (not deleted) lead; other modules check a reference so. */
  async isReadable(auth: AuthContext, id: string): Promise<boolean> {
    return (await this.leads.findPermitted(auth, id)) !== null;
  }

  /**
   * A sales rep or channel partner owns what they enter; managers, admins and API
   * clients without an ownerId leave the choice to the assignment rules.
   */
  async create(auth: AuthContext, request: CreateLeadRequest): Promise<Partial<LeadResponse>> {
    // The DTO inherits @IsOptional on name from the editable fields, so check it here.
    if (typeof request.name !== 'string' || request.name.trim() === '')
      throw ValidationError.field('name', 'is required');
    const { ownerId, teamId, source, ...fields } = request;
    const isPartner = auth.principal.roles.includes('channel_partner');
    const dealerOrgId = isPartner ? auth.principal.dealerOrgId : null;
    const byRules = ownerId === undefined && !isPartner && auth.ability.can('reassign', 'Lead');
    const owner = byRules
      ? await this.owners.resolveOwner(auth, undefined, undefined)
      : await this.owners.resolveOwner(auth, ownerId, teamId);
    const asCreated = {
      ownerId: owner.ownerId,
      teamId: owner.teamId,
      dealerOrgId,
      sharedWithTeam: false,
    };
    assertCan(
      auth,
      'create',
      'Lead',
      asCreated,
      Object.keys(definedFields(request)).filter((field) => !['ownerId', 'teamId'].includes(field)),
    );
    const customFieldValues = await this.customFields.valuesToWrite(
      auth,
      'lead',
      request.customFields,
      { mode: 'create' },
    );
    const id = await this.insert(auth, {
      ...fields,
      customFieldValues,
      source: source ?? 'api',
      dealerOrgId,
      owner: byRules ? null : owner,
    });
    return this.createdResponse(auth, id, asCreated);
  }

  /**
   * The creator gets back what they entered even when the assignment rules routed the lead
   * beyond what they may read (e.g. to another team): answering 404 after writing would make
   * a retry create it twice. Later reads follow the usual permissions.
   */
  private async createdResponse(
    auth: AuthContext,
    id: string,
    asCreated: object,
  ): Promise<Partial<LeadResponse>> {
    const visible = await this.customFields.visibleKeys(auth, 'lead');
    const permitted = await this.leads.findPermitted(auth, id);
    if (permitted) return this.present(auth, permitted, visible);
    const lead = await this.leads.findCreated(id);
    if (!lead) throw new NotFoundError('The lead');
    return this.present(auth, lead, visible, { ...lead, ...asCreated });
  }

  /** A lead from a public web form: assigned by the rules, written by the system. */
  capture(lead: CapturedLead): Promise<string> {
    const { webFormId, source, ...fields } = lead;
    return this.insert(null, { ...fields, source, dealerOrgId: null, owner: null, webFormId });
  }

  private async insert(
    auth: AuthContext | null,
    input: LeadFieldsRequest & {
      source: LeadSource;
      dealerOrgId: string | null;
      owner: { ownerId: string | null; teamId: string | null } | null;
      webFormId?: string;
      /** Checked by CustomFieldsService.valuesToWrite; captured leads take the column default. */
      customFieldValues?: Record<string, CustomFieldValue>;
    },
  ): Promise<string> {
    const { source, dealerOrgId, owner, webFormId, customFieldValues, ...fields } = input;
    const stored = storedFields(fields);
    const weights = await this.settings.scoring();
    const score = scoreLead(
      {
        source,
        name: fields.name ?? null,
        company: fields.company ?? null,
        phones: fields.phones ?? [],
        emails: fields.emails ?? [],
        region: fields.region ?? null,
        productInterest: fields.productInterest ?? null,
        lastActivityAt: null,
      },
      weights,
    );
    return this.transactions.run(async (manager) => {
      const assigned: LeadAssignment | null =
        owner === null
          ? await this.assignment.assign(manager, {
              region: fields.region ?? null,
              productInterest: fields.productInterest ?? null,
              source,
              score,
            })
          : null;
      const record = {
        ...stored,
        ...(customFieldValues ? { customFields: customFieldValues } : {}),
        source,
        score,
        dealerOrgId,
        webFormId: webFormId ?? null,
        ownerId: assigned ? assigned.ownerId : (owner?.ownerId ?? null),
        teamId: assigned ? assigned.teamId : (owner?.teamId ?? null),
        createdById: auth?.actor.type === 'user' ? auth.actor.id : null,
      };
      const id = await this.leads.insert(manager, record);
      await this.timeline.record(manager, auth, [
        {
          subjectType: 'lead',
          subjectId: id,
          kind: 'created',
          summary: String(fields.name).trim(),
        },
      ]);
      // Entering a lead for someone else assigns it to them, as a reassignment would.
      const handedOver =
        owner?.ownerId != null && owner.ownerId !== record.createdById
          ? { ruleId: null, ruleName: null, strategy: 'user' as const, ...owner }
          : null;
      const assignment = assigned ?? handedOver;
      if (assignment) await this.recordAssignment(manager, auth, id, assignment);
      await this.reminders.schedule(
        manager,
        id,
        (record.nextFollowUpAt as Date | undefined) ?? null,
      );
      await this.audit.record(manager, auth, {
        entity: 'lead',
        entityId: id,
        action: 'create',
        after: record,
        fields: LEAD_AUDITED_FIELDS,
      });
      return id;
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateLeadRequest,
  ): Promise<Partial<LeadResponse>> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'update', 'Lead', current, Object.keys(definedFields(request)));
    assertVersion(current.version, ifMatch);
    if (current.status === 'converted')
      throw new ConflictError('A converted lead cannot be changed.');
    const { status, disqualifiedReason, ...fields } = request;
    if (status !== undefined && !canChangeLeadStatus(current.status, status)) {
      throw ValidationError.field('status', `cannot change from ${current.status} to ${status}`);
    }
    if (status === 'disqualified' && !disqualifiedReason && current.status !== 'disqualified') {
      throw ValidationError.field('disqualifiedReason', 'is required to disqualify a lead');
    }
    const changes: QueryDeepPartialEntity<Lead> = storedFields(fields);
    if (request.customFields !== undefined)
      changes.customFields = await this.customFields.valuesToWrite(
        auth,
        'lead',
        request.customFields,
        { mode: 'update', previous: current.customFields },
      );
    if (status !== undefined) changes.status = status;
    if (disqualifiedReason !== undefined) changes.disqualifiedReason = disqualifiedReason;
    if (status !== undefined && status !== 'disqualified') changes.disqualifiedReason = null;
    const next = { ...current, ...(changes as Partial<Lead>) };
    changes.score = scoreLead(next, await this.settings.scoring());
    const followUpMoved =
      fields.nextFollowUpAt !== undefined &&
      (next.nextFollowUpAt?.getTime() ?? null) !== (current.nextFollowUpAt?.getTime() ?? null);
    if (followUpMoved) changes.followUpRemindedAt = null;

    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, Lead, id, current.version, changes);
      if (status !== undefined && status !== current.status) {
        await this.timeline.record(manager, auth, [
          {
            subjectType: 'lead',
            subjectId: id,
            kind: 'status-changed',
            summary: `${current.status} → ${status}`,
            details: { from: current.status, to: status, reason: disqualifiedReason ?? null },
          },
        ]);
      }
      if (followUpMoved) await this.reminders.schedule(manager, id, next.nextFollowUpAt);
      await this.audit.record(manager, auth, {
        entity: 'lead',
        entityId: id,
        action: 'update',
        before: { ...current },
        after: { ...next, score: changes.score },
        fields: LEAD_AUDITED_FIELDS,
      });
    });
    return this.get(auth, id);
  }

  /** Manual reassignment (managers): on the timeline and notified to the new owner. */
  async reassign(
    auth: AuthContext,
    id: string,
    ownerId: string,
    teamId: string | undefined,
  ): Promise<Partial<LeadResponse>> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'reassign', 'Lead', current);
    const owner = await this.owners.resolveOwner(auth, ownerId, teamId);
    assertCan(auth, 'reassign', 'Lead', { ...current, ...owner });
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, Lead, id, current.version, { ...owner });
      await this.recordAssignment(manager, auth, id, {
        ruleId: null,
        ruleName: null,
        strategy: 'user',
        ...owner,
      });
      await this.audit.record(manager, auth, {
        entity: 'lead',
        entityId: id,
        action: 'update',
        before: { ...current },
        after: { ...current, ...owner },
        fields: ['ownerId', 'teamId'],
      });
    });
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'delete', 'Lead', current);
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, Lead, id, current.version, { deletedAt: () => 'now()' });
      await this.audit.record(manager, auth, {
        entity: 'lead',
        entityId: id,
        action: 'delete',
        fields: [],
      });
    });
  }

  async restore(auth: AuthContext, id: string): Promise<Partial<LeadResponse>> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    assertCan(auth, 'restore', 'Lead', current);
    if (current.deletedAt !== null) {
      await this.transactions.run(async (manager) => {
        await updateVersioned(manager, Lead, id, current.version, { deletedAt: null });
        await this.timeline.record(manager, auth, [
          { subjectType: 'lead', subjectId: id, kind: 'restored', summary: current.name },
        ]);
        await this.audit.record(manager, auth, {
          entity: 'lead',
          entityId: id,
          action: 'restore',
          fields: [],
        });
      });
    }
    return this.get(auth, id);
  }

  /** Writes an assignment on the lead's timeline and tells the assignee. */
  async recordAssignment(
    manager: EntityManager,
    auth: AuthContext | null,
    leadId: string,
    assigned: LeadAssignment,
  ): Promise<void> {
    const lead = await manager.findOneOrFail(Lead, { where: { id: leadId }, withDeleted: true });
    await this.timeline.record(manager, auth, [
      {
        subjectType: 'lead',
        subjectId: leadId,
        kind: 'assigned',
        summary:
          assigned.ruleName ?? (assigned.strategy === 'fallback' ? 'fallback queue' : 'manual'),
        details: { ...assigned },
      },
    ]);
    const actorUserId = auth?.actor.type === 'user' ? auth.actor.id : null;
    if (assigned.ownerId !== null && assigned.ownerId !== actorUserId) {
      await this.notifications.notify(manager, {
        userId: assigned.ownerId,
        kind: 'lead-assigned',
        params: { leadNumber: formatLeadNumber(lead.number), leadName: lead.name },
        body: [lead.company, lead.region, lead.productInterest].filter(Boolean).join(' · '),
        subjectType: 'lead',
        subjectId: leadId,
      });
    }
  }
}
