import { Inject, Injectable } from '@nestjs/common';
import { asSubject } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { ForbiddenError } from '../common/errors/app-error';
import { ExportLanguageRepository } from '../common/export/export-language.repository';
import { type ApiLanguage, fromAcceptLanguage } from '../common/i18n/request-language';
import { TransactionRunner } from '../database/transaction-runner';
import type {
  ListTimelineQuery,
  LogInteractionRequest,
  TimelineEventResponse,
} from '../timeline/dto/timeline-event.dto';
import { TimelineService } from '../timeline/timeline.service';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import {
  INTERACTION_LOGGED_HANDLERS,
  type InteractionLoggedHandler,
} from './interaction-logged.hook';

/** A customer's timeline: read it, and log calls, emails, meetings, visits and notes. */
@Injectable()
export class CustomerTimelineService {
  constructor(
    private readonly customers: CustomersService,
    private readonly repository: CustomersRepository,
    private readonly timeline: TimelineService,
    private readonly transactions: TransactionRunner,
    private readonly languages: ExportLanguageRepository,
    @Inject(INTERACTION_LOGGED_HANDLERS) private readonly handlers: InteractionLoggedHandler[],
  ) {}

  async list(auth: AuthContext, customerId: string, query: ListTimelineQuery) {
    await this.customers.findReadable(auth, customerId, { withTags: false });
    const kinds = query.kind === undefined ? undefined : [query.kind].flat();
    return this.timeline.list('customer', customerId, {
      limit: query.limit,
      cursor: query.cursor,
      kinds,
    });
  }

  /**
   * Logs the interaction; a next follow-up day becomes a follow-up task (through the
   * handlers, in this transaction), and the customer's next follow-up follows its tasks.
   */
  async logInteraction(
    auth: AuthContext,
    customerId: string,
    request: LogInteractionRequest,
    acceptLanguage?: string,
  ): Promise<TimelineEventResponse> {
    const customer = await this.customers.findReadable(auth, customerId);
    if (!auth.ability.can('update', asSubject('Customer', { ...customer })))
      throw new ForbiddenError();
    const occurredAt = request.occurredAt ? new Date(request.occurredAt) : new Date();
    const language: ApiLanguage =
      fromAcceptLanguage(acceptLanguage) ?? (await this.languages.savedLanguage(auth)) ?? 'zh-CN';
    return this.transactions.run(async (manager) => {
      const [eventId] = await this.timeline.record(manager, auth, [
        {
          subjectType: 'customer',
          subjectId: customerId,
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
      await this.repository.recordInteraction(manager, customerId, occurredAt);
      for (const handler of this.handlers) {
        await handler.onInteractionLogged(manager, auth, {
          customer: { id: customer.id, name: customer.name, ownerId: customer.ownerId ?? null },
          nextFollowUpOn: request.nextFollowUpOn ?? null,
          language,
        });
      }
      return (await this.timeline.get(manager, eventId)) as TimelineEventResponse;
    });
  }
}
