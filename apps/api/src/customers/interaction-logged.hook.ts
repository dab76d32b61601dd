import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { ApiLanguage } from '../common/i18n/request-language';

export interface InteractionLoggedEvent {
  customer: { id: string; name: string; ownerId: string | null };
  /** The day the caller means to follow up next (YYYY-MM-DD), when they gave one. */
  nextFollowUpOn: string | null;
  /** The caller's language, for texts the handlers write (a task's title). */
  language: ApiLanguage;
}

/**
 * Work other modules do when an interaction is logged on a customer, inside the logging's
 * transaction (the tasks module creates the follow-up task here). A handler that throws
 * undoes the whole logging.
 */
export interface InteractionLoggedHandler {
  onInteractionLogged(
    manager: EntityManager,
    auth: AuthContext,
    event: InteractionLoggedEvent,
  ): Promise<void>;
}

/** Inject token of the list of handlers; modules add theirs to it. */
export const INTERACTION_LOGGED_HANDLERS = Symbol('INTERACTION_LOGGED_HANDLERS');
