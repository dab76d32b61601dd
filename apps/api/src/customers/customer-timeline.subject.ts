import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { ExportLanguageRepository } from '../common/export/export-language.repository';
import { fromAcceptLanguage } from '../common/i18n/request-language';
import { timelineController } from '../timeline/timeline.controller';
import {
  type LoggedInteraction,
  type TimelineRoutes,
  type TimelineSubject,
  TimelineSubjects,
  type TimelineWork,
} from '../timeline/timeline-subjects';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import type { Customer } from './entities/customer.entity';
import {
  INTERACTION_LOGGED_HANDLERS,
  type InteractionLoggedHandler,
} from './interaction-logged.hook';

const CUSTOMER_TIMELINE: TimelineRoutes = {
  subjectType: 'customer',
  authzSubject: 'Customer',
  path: 'customers',
  tag: 'customers',
  list: {
    summary: "List a customer's timeline",
    description:
      'Everything that happened with the customer, newest first: logged calls, visits and notes, changes, tasks, transfers and merges, one page at a time.',
    response: 'Interactions and system events, newest first.',
  },
  log: {
    summary: 'Log an interaction with a customer',
    description:
      "Adds a call, visit, meeting or note to the customer's timeline. With nextFollowUpOn, a follow-up task due that day (9:00 China time) is created for the caller, titled in the caller's language (Accept-Language, else their saved language, else zh-CN); the customer's next follow-up follows its earliest open task. The caller must also be allowed to create tasks then.",
  },
};

/** `GET /customers/:id/timeline` and `POST /customers/:id/interactions`. */
export const CustomerTimelineController = timelineController(CUSTOMER_TIMELINE);

/**
 * A customer's timeline. Logging moves its last interaction and lets the handlers
 * (the tasks module's follow-up task) work in the logging's transaction.
 */
@Injectable()
export class CustomerTimelineSubject implements TimelineSubject<Customer>, OnModuleInit {
  readonly routes = CUSTOMER_TIMELINE;

  constructor(
    private readonly subjects: TimelineSubjects,
    private readonly customers: CustomersService,
    private readonly repository: CustomersRepository,
    private readonly languages: ExportLanguageRepository,
    @Inject(INTERACTION_LOGGED_HANDLERS) private readonly handlers: InteractionLoggedHandler[],
  ) {}

  onModuleInit(): void {
    this.subjects.register(this);
  }

  findReadable(auth: AuthContext, id: string): Promise<Customer> {
    return this.customers.findReadable(auth, id, { withTags: false });
  }

  async prepareInteraction(
    auth: AuthContext,
    customer: Customer,
    interaction: LoggedInteraction,
  ): Promise<TimelineWork> {
    const language =
      fromAcceptLanguage(interaction.acceptLanguage) ??
      (await this.languages.savedLanguage(auth)) ??
      'zh-CN';
    return async (manager) => {
      await this.repository.recordInteraction(manager, customer.id, interaction.occurredAt);
      for (const handler of this.handlers) {
        await handler.onInteractionLogged(manager, auth, {
          customer: { id: customer.id, name: customer.name, ownerId: customer.ownerId ?? null },
          nextFollowUpOn: interaction.nextFollowUpOn,
          language,
        });
      }
    };
  }
}
