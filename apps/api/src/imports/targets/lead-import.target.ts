import { Injectable } from '@nestjs/common';
import {
  asSubject,
  type CustomFieldValue,
  type ImportedLead,
  LEAD_IMPORT_FIELDS,
  leadContactKeys,
  type LeadImportField,
  type LeadScoringWeights,
  parseLeadRow,
  scoreLead,
  suggestLeadImportMapping,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import { timeOrderedUuid } from '../../common/crypto/time-ordered-uuid';
import { updateVersioned } from '../../common/versioning/versioned-update';
import { type Ownership, OwnersRepository } from '../../customers/owners.repository';
import { formatLeadNumber } from '../../leads/dto/lead.dto';
import { Lead } from '../../leads/entities/lead.entity';
import { LeadAssignmentService } from '../../leads/lead-assignment.service';
import { LeadContactMatches } from '../../leads/lead-contact-matches';
import { LeadSettingsService } from '../../leads/lead-settings.service';
import { NotificationsService } from '../../notifications/notifications.service';
import {
  type CustomFieldBatch,
  type CustomFieldCells,
  customFieldCells,
  CustomFieldColumns,
} from '../custom-field-columns';
import type { ImportJob } from '../entities/import-job.entity';
import { OwnerEmailsRepository, unknownOwner } from '../owner-emails.repository';
import {
  type ImportTargetHandler,
  mappedCells,
  type RowOutcome,
  type SheetRow,
} from '../import-target';
import { type CreatedLeadRow, ImportedLeadsWriter } from './imported-leads.writer';
import { ImportedUpdatesLog } from './imported-updates.log';

interface PreparedLead {
  rowNumber: number;
  result: ReturnType<typeof parseLeadRow>;
  keys: string[];
  /** The row's cells of columns mapped to custom fields. */
  customCells: CustomFieldCells;
}

interface LeadDecision extends RowOutcome {
  lead?: ImportedLead;
  score?: number;
  /** The existing lead an update applies to. */
  leadId?: string;
  /** The owner of a new lead; null when the assignment rules choose. */
  owner?: Ownership | null;
  /** The custom field values the row gives (checked against the lead on update). */
  customFields?: Record<string, unknown>;
}

interface DecidedLeads {
  decisions: LeadDecision[];
  dealerOrgId: string | null;
  weights: LeadScoringWeights;
  customFields: CustomFieldBatch;
}

/** The fields an update from a sheet may replace (lists are joined instead). */
const REPLACED_FIELDS = [
  'name',
  'company',
  'title',
  'region',
  'productInterest',
  'source',
  'campaign',
  'notes',
] as const;

/**
 * Leads from a sheet: rows parsed by the domain, duplicates matched on normalized phone
 * and email against live leads, owners given by email or chosen by the assignment rules
 * for the whole batch at once, new leads written with COPY and scored by the domain.
 */
@Injectable()
export class LeadImportTarget implements ImportTargetHandler<PreparedLead[], DecidedLeads> {
  readonly target = 'leads';
  readonly subject = 'Lead';
  readonly recordType = 'lead';
  readonly fields = LEAD_IMPORT_FIELDS;

  constructor(
    private readonly owners: OwnersRepository,
    private readonly ownerEmails: OwnerEmailsRepository,
    private readonly matches: LeadContactMatches,
    private readonly assignment: LeadAssignmentService,
    private readonly settings: LeadSettingsService,
    private readonly notifications: NotificationsService,
    private readonly updatesLog: ImportedUpdatesLog,
    private readonly writer: ImportedLeadsWriter,
    private readonly customFieldColumns: CustomFieldColumns,
  ) {}

  suggestMapping(headers: readonly string[]): Array<string | null> {
    return suggestLeadImportMapping(headers);
  }

  prepare(job: ImportJob, rows: SheetRow[]): PreparedLead[] {
    return rows.map((row) => {
      const result = parseLeadRow(mappedCells<LeadImportField>(job.mapping ?? [], row.cells));
      return {
        rowNumber: row.rowNumber,
        result,
        keys: result.lead ? leadContactKeys(result.lead, result.phoneKeys) : [],
        customCells: customFieldCells(job.mapping ?? [], row.cells),
      };
    });
  }

  async decide(auth: AuthContext, job: ImportJob, rows: PreparedLead[]): Promise<DecidedLeads> {
    const isPartner = auth.principal.roles.includes('channel_partner');
    const dealerOrgId = isPartner ? auth.principal.dealerOrgId : null;
    // Like a lead entered by hand: whoever may reassign leads leaves the owner to the rules.
    const byRules = !isPartner && auth.ability.can('reassign', 'Lead');
    const importer = await this.owners.resolveOwner(auth);
    const owners = await this.ownerEmails.ownersByEmail(
      auth,
      new Set(rows.flatMap(({ result }) => result.lead?.ownerEmail ?? [])),
    );
    const weights = await this.settings.scoring();
    // The live leads each normalized key of the batch belongs to.
    const taken = await this.matches.holdersOf(new Set(rows.flatMap((row) => row.keys)));
    const inThisBatch = new Map<string, number>();

    const customFields = await this.customFieldColumns.batch(
      auth,
      'lead',
      rows.map((row) => row.customCells),
    );
    const decisions = rows.map(({ rowNumber, result, keys }): LeadDecision => {
      if (!result.lead) {
        return {
          rowNumber,
          action: 'fail',
          column: result.errors[0].column,
          reason: result.errors.map((error) => `${error.column} ${error.reason}`).join('; '),
        };
      }
      const lead = result.lead;
      const earlier = keys.map((key) => inThisBatch.get(key)).find((row) => row !== undefined);
      const matched = [...new Set(keys.flatMap((key) => taken.get(key) ?? []))];
      if ((matched.length > 0 || earlier !== undefined) && job.duplicateMode !== 'create') {
        const where =
          matched.length > 0
            ? matched.map((match) => formatLeadNumber(match.number)).join(', ')
            : `row ${earlier}`;
        if (job.duplicateMode === 'update' && earlier === undefined) {
          if (matched.length > 1)
            return { rowNumber, action: 'fail', reason: `matches several leads (${where})` };
          for (const key of keys) inThisBatch.set(key, rowNumber);
          return { rowNumber, action: 'update', leadId: matched[0].id, lead };
        }
        return { rowNumber, action: 'skip', reason: `duplicate of ${where}` };
      }
      for (const key of keys) inThisBatch.set(key, rowNumber);
      const score = scoreLead(
        {
          ...lead,
          company: lead.company ?? null,
          region: lead.region ?? null,
          productInterest: lead.productInterest ?? null,
          lastActivityAt: null,
        },
        weights,
      );
      const given = lead.ownerEmail === undefined ? undefined : owners.get(lead.ownerEmail);
      if (given === null) return unknownOwner(rowNumber, lead.ownerEmail as string);
      const owner = given ?? (byRules ? null : importer);
      // A lead left to the rules is checked as the importer's own, as on create.
      const checked = { ...(owner ?? importer), dealerOrgId, sharedWithTeam: false };
      if (!auth.ability.can('create', asSubject('Lead', checked)))
        return {
          rowNumber,
          action: 'fail',
          column: given ? 'owner' : null,
          reason: 'You may not create leads for this owner.',
        };
      return { rowNumber, action: 'create', lead, score, owner };
    });
    decisions.forEach((decision, index) => {
      if (decision.action === 'fail' || decision.action === 'skip') return;
      const parsed = customFields.parse(rows[index].customCells);
      if ('failure' in parsed) {
        Object.assign(decision, { action: 'fail', ...parsed.failure });
        return;
      }
      if (decision.action === 'update') {
        decision.customFields = parsed.values;
        return;
      }
      const checked = customFields.check(parsed.values, { mode: 'create' });
      if ('failure' in checked) Object.assign(decision, { action: 'fail', ...checked.failure });
      else decision.customFields = checked.stored;
    });
    return { decisions, dealerOrgId, weights, customFields };
  }

  async write(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    { decisions, dealerOrgId, weights, customFields }: DecidedLeads,
  ): Promise<RowOutcome[]> {
    const creates = decisions.filter((decision) => decision.action === 'create');
    const byRules = creates.filter((decision) => decision.owner === null);
    const assigned = await this.assignment.assignMany(
      manager,
      byRules.map((decision) => ({
        region: decision.lead?.region ?? null,
        productInterest: decision.lead?.productInterest ?? null,
        source: decision.lead?.source ?? 'import',
        score: decision.score ?? 0,
      })),
    );
    const assignments = new Map(byRules.map((decision, index) => [decision, assigned[index]]));
    const rows = creates.map((decision): CreatedLeadRow => {
      const assignment = assignments.get(decision) ?? null;
      return {
        id: timeOrderedUuid(),
        rowNumber: decision.rowNumber,
        lead: decision.lead as ImportedLead,
        customFields: (decision.customFields ?? {}) as Record<string, CustomFieldValue>,
        score: decision.score ?? 0,
        ownerId: assignment ? assignment.ownerId : (decision.owner?.ownerId ?? null),
        teamId: assignment ? assignment.teamId : (decision.owner?.teamId ?? null),
        dealerOrgId,
        assignment,
      };
    });
    await this.writer.createAll(manager, auth, job, rows);
    await this.notifyOwners(manager, auth, job, rows);
    const updates = decisions.filter((decision) => decision.action === 'update');
    if (updates.length > 0)
      await this.updateAll(manager, auth, job, updates, weights, customFields);
    return decisions;
  }

  /** One notification per new owner for the batch, not one per lead. */
  private async notifyOwners(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    rows: CreatedLeadRow[],
  ): Promise<void> {
    const byOwner = new Map<string, CreatedLeadRow[]>();
    for (const row of rows) {
      if (row.ownerId !== null && row.ownerId !== auth.actor.id)
        byOwner.set(row.ownerId, [...(byOwner.get(row.ownerId) ?? []), row]);
    }
    for (const [userId, owned] of byOwner) {
      await this.notifications.notify(manager, {
        userId,
        kind: 'leads-imported',
        params: { count: owned.length, filename: job.filename },
        body: owned
          .slice(0, 5)
          .map((row) => row.lead.name)
          .join(' · '),
        subjectType: 'lead',
        subjectId: owned[0].id,
      });
    }
  }

  /**
   * Fills existing leads from their matching rows: given values replace, phones and
   * emails are added. Rows matching a lead the importer may not update, or a converted
   * one, fail instead.
   */
  private async updateAll(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    updates: LeadDecision[],
    weights: LeadScoringWeights,
    customFields: CustomFieldBatch,
  ): Promise<void> {
    const current = new Map(
      (
        await this.matches.lockUpdatable(
          manager,
          auth,
          updates.map((decision) => decision.leadId as string),
        )
      ).map((lead) => [lead.id, lead]),
    );
    const changed: Array<{ before: Lead; after: Lead; decision: LeadDecision }> = [];
    for (const decision of updates) {
      const before = current.get(decision.leadId as string);
      if (!before || before.status === 'converted') {
        Object.assign(decision, {
          action: 'fail',
          reason: before ? 'matches a converted lead' : 'matches a lead you may not update',
        });
        continue;
      }
      // Only the custom fields the row gives change; the others keep their values.
      const given = decision.customFields ?? {};
      const checked =
        Object.keys(given).length === 0
          ? null
          : customFields.check(given, { mode: 'update', previous: before.customFields });
      if (checked && 'failure' in checked) {
        Object.assign(decision, { action: 'fail', ...checked.failure });
        continue;
      }
      const imported = decision.lead as ImportedLead;
      const replaced = {
        ...Object.fromEntries(
          REPLACED_FIELDS.flatMap((field) =>
            imported[field] === undefined ? [] : [[field, imported[field]]],
          ),
        ),
        ...(checked ? { customFields: checked.stored } : {}),
      };
      const after = {
        ...before,
        ...replaced,
        phones: joined(before.phones, imported.phones, 'phones'),
        emails: joined(before.emails, imported.emails, 'emails'),
      };
      after.score = scoreLead(after, weights);
      await updateVersioned(manager, Lead, before.id, before.version, {
        ...replaced,
        phones: after.phones,
        emails: after.emails,
        score: after.score,
      });
      changed.push({ before, after, decision });
    }
    await this.updatesLog.record(
      manager,
      auth,
      job,
      'lead',
      changed.map(({ before, after, decision }) => ({
        id: before.id,
        rowNumber: decision.rowNumber,
        before,
        after,
        fields: [...REPLACED_FIELDS, 'phones', 'emails', 'score', 'customFields'],
      })),
    );
  }
}

/** The contact points of a lead with the imported ones it does not have yet. */
function joined<Point extends { value: string; primary?: boolean }>(
  existing: Point[],
  imported: Point[],
  kind: 'phones' | 'emails',
): Point[] {
  const keysOf = (points: Point[]) => leadContactKeys({ phones: [], emails: [], [kind]: points });
  const known = new Set(keysOf(existing));
  const added = imported.filter((point) => !keysOf([point]).some((key) => known.has(key)));
  return [
    ...existing,
    ...added.map((point, index) => ({ ...point, primary: existing.length === 0 && index === 0 })),
  ];
}
