import { Injectable } from '@nestjs/common';
import { scoreLead } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import { TransactionRunner } from '../database/transaction-runner';
import type {
  ListTimelineQuery,
  LogInteractionRequest,
  TimelineEventResponse,
} from '../timeline/dto/timeline-event.dto';
import { TimelineService } from '../timeline/timeline.service';
import { Lead } from './entities/lead.entity';
import { LeadFollowUpReminders } from './lead-follow-up-reminders';
import { LeadSettingsService } from './lead-settings.service';
import { LeadsService } from './leads.service';

/** A lead's timeline, on the same mechanism as customers'. Logging counts as activity. */
@Injectable()
export class LeadTimelineService {
  constructor(
    private readonly leads: LeadsService,
    private readonly settings: LeadSettingsService,
    private readonly reminders: LeadFollowUpReminders,
    private readonly timeline: TimelineService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(auth: AuthContext, leadId: string, query: ListTimelineQuery) {
    await this.leads.findReadable(auth, leadId);
    const kinds = query.kind === undefined ? undefined : [query.kind].flat();
    return this.timeline.list('lead', leadId, {
      limit: query.limit,
      cursor: query.cursor,
      kinds,
    });
  }

  async logInteraction(
    auth: AuthContext,
    leadId: string,
    request: LogInteractionRequest,
  ): Promise<TimelineEventResponse> {
    const lead = await this.leads.findReadable(auth, leadId);
    assertCan(auth, 'update', 'Lead', lead);
    const occurredAt = request.occurredAt ? new Date(request.occurredAt) : new Date();
    const lastActivityAt =
      lead.lastActivityAt && lead.lastActivityAt > occurredAt ? lead.lastActivityAt : occurredAt;
    const nextFollowUpAt = request.nextFollowUpOn
      ? new Date(`${request.nextFollowUpOn}T01:00:00.000Z`)
      : lead.nextFollowUpAt;
    const score = scoreLead({ ...lead, lastActivityAt }, await this.settings.scoring());
    return this.transactions.run(async (manager) => {
      const [eventId] = await this.timeline.record(manager, auth, [
        {
          subjectType: 'lead',
          subjectId: leadId,
          kind: request.kind,
          summary: request.summary,
          occurredAt,
          details: {
            participants: request.participants ?? [],
            outcome: request.outcome ?? null,
            nextFollowUpOn: request.nextFollowUpOn ?? null,
          },
        },
      ]);
      // Activity is not an edit of the lead: version and updatedAt stay.
      await manager
        .createQueryBuilder()
        .update(Lead)
        .set({
          lastActivityAt,
          score,
          nextFollowUpAt,
          ...(request.nextFollowUpOn ? { followUpRemindedAt: null } : {}),
          ...(lead.status === 'new' ? { status: 'contacted' as const } : {}),
          version: () => 'version',
          updatedAt: () => 'updated_at',
        })
        .where('id = :id', { id: leadId })
        .execute();
      if (request.nextFollowUpOn) await this.reminders.schedule(manager, leadId, nextFollowUpAt);
      return (await this.timeline.get(manager, eventId)) as TimelineEventResponse;
    });
  }
}
