import { Injectable, type OnModuleInit } from '@nestjs/common';
import { scoreLead } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { timelineController } from '../timeline/timeline.controller';
import {
  type LoggedInteraction,
  type TimelineRoutes,
  type TimelineSubject,
  TimelineSubjects,
  type TimelineWork,
} from '../timeline/timeline-subjects';
import type { Lead } from './entities/lead.entity';
import { LeadFollowUpReminders } from './lead-follow-up-reminders';
import { LeadSettingsService } from './lead-settings.service';
import { LeadsRepository } from './leads.repository';
import { LeadsService } from './leads.service';

const LEAD_TIMELINE: TimelineRoutes = {
  subjectType: 'lead',
  authzSubject: 'Lead',
  path: 'leads',
  tag: 'leads',
  list: {
    summary: "List a lead's timeline",
    description:
      'Everything that happened with the lead, newest first: logged interactions, changes, assignments and tasks, one page at a time.',
    response: 'Interactions, assignments and status changes, newest first.',
  },
  log: {
    summary: 'Log an interaction with a lead',
    description: "Adds a call, visit, meeting or note to the lead's timeline.",
    response: 'Logged; a new lead becomes contacted, and the activity raises its score.',
  },
};

/** `GET /leads/:id/timeline` and `POST /leads/:id/interactions`. */
export const LeadTimelineController = timelineController(LEAD_TIMELINE);

/**
 * A lead's timeline. Logging counts as activity: it rescores the lead, moves its next
 * follow-up (and the reminder) when one is given, and makes a new lead contacted.
 */
@Injectable()
export class LeadTimelineSubject implements TimelineSubject<Lead>, OnModuleInit {
  readonly routes = LEAD_TIMELINE;

  constructor(
    private readonly subjects: TimelineSubjects,
    private readonly leads: LeadsService,
    private readonly repository: LeadsRepository,
    private readonly settings: LeadSettingsService,
    private readonly reminders: LeadFollowUpReminders,
  ) {}

  onModuleInit(): void {
    this.subjects.register(this);
  }

  findReadable(auth: AuthContext, id: string): Promise<Lead> {
    return this.leads.findReadable(auth, id);
  }

  async prepareInteraction(
    _auth: AuthContext,
    lead: Lead,
    interaction: LoggedInteraction,
  ): Promise<TimelineWork> {
    const { occurredAt, nextFollowUpOn } = interaction;
    const lastActivityAt =
      lead.lastActivityAt && lead.lastActivityAt > occurredAt ? lead.lastActivityAt : occurredAt;
    const nextFollowUpAt = nextFollowUpOn
      ? new Date(`${nextFollowUpOn}T01:00:00.000Z`)
      : lead.nextFollowUpAt;
    const score = scoreLead({ ...lead, lastActivityAt }, await this.settings.scoring());
    return async (manager) => {
      await this.repository.recordActivity(manager, lead.id, {
        lastActivityAt,
        score,
        nextFollowUpAt,
        ...(nextFollowUpOn ? { followUpRemindedAt: null } : {}),
        ...(lead.status === 'new' ? { status: 'contacted' as const } : {}),
      });
      if (nextFollowUpOn) await this.reminders.schedule(manager, lead.id, nextFollowUpAt);
    };
  }
}
