import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { ForbiddenError } from '../common/errors/app-error';
import type { ApiLanguage } from '../common/i18n/request-language';
import type {
  InteractionLoggedEvent,
  InteractionLoggedHandler,
} from '../customers/interaction-logged.hook';
import { TasksService } from './tasks.service';

const TITLE_MAX_LENGTH = 200;

const FOLLOW_UP_TITLES: Record<ApiLanguage, (name: string) => string> = {
  'zh-CN': (name) => `跟进 ${name}`,
  en: (name) => `Follow up with ${name}`,
};

/** The follow-up day's task is due at 9:00 China time, like a lead's follow-up. */
export function followUpDueAt(day: string): string {
  return `${day}T01:00:00.000Z`;
}

/**
 * An interaction logged with a next follow-up day becomes a follow-up task on the
 * customer, due that day, through the tasks' own create path, so the customer's next
 * follow-up is its earliest open task's day as for every other task. The task is the
 * caller's: whoever logged the talk and named the next step follows it up (an API key
 * hands it to the customer's owner).
 */
@Injectable()
export class InteractionFollowUpTask implements InteractionLoggedHandler {
  constructor(private readonly tasks: TasksService) {}

  async onInteractionLogged(
    manager: EntityManager,
    auth: AuthContext,
    event: InteractionLoggedEvent,
  ): Promise<void> {
    if (event.nextFollowUpOn === null) return;
    if (!auth.ability.can('create', 'Task')) throw new ForbiddenError();
    const title = FOLLOW_UP_TITLES[event.language](event.customer.name.trim());
    await this.tasks.createIn(manager, auth, {
      title: title.slice(0, TITLE_MAX_LENGTH),
      customerId: event.customer.id,
      dueAt: followUpDueAt(event.nextFollowUpOn),
      ...(auth.actor.type === 'user' ? {} : { assigneeId: event.customer.ownerId ?? undefined }),
    });
  }
}
