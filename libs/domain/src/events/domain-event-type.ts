/**
 * Domain event names: `<subject>.<verb>`, the verb in the past tense (`customer.created`,
 * `lead.converted`, `task.completed`). An audited write names its event through its audit
 * action; a service names a more specific one where the action is generic (a lead's
 * conversion is an audited update).
 */

/** The verb each audit action stands for. */
export const DOMAIN_EVENT_VERBS = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  restore: 'restored',
  merge: 'merged',
  revoke: 'revoked',
} as const;

export type AuditedAction = keyof typeof DOMAIN_EVENT_VERBS;

const SUBJECT = /^[a-z][a-z0-9-]*$/;
const EVENT_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z-]*ed$/;

/** The longest event type the outbox stores. */
export const DOMAIN_EVENT_TYPE_MAX_LENGTH = 80;

/** Whether `type` is a well-formed event name (`customer.created`, `relationship-type.deleted`). */
export function isDomainEventType(type: string): boolean {
  return type.length <= DOMAIN_EVENT_TYPE_MAX_LENGTH && EVENT_TYPE.test(type);
}

/**
 * The event an audited write publishes: the service's own name for it when given (checked
 * to be well formed and about the same subject), else the subject and its action's verb.
 */
export function domainEventType(subject: string, action: AuditedAction, specific?: string): string {
  if (!SUBJECT.test(subject)) throw new Error(`not an event subject: ${subject}`);
  if (specific !== undefined) {
    if (!isDomainEventType(specific) || !specific.startsWith(`${subject}.`))
      throw new Error(`not an event of ${subject}: ${specific}`);
    return specific;
  }
  const verb = (DOMAIN_EVENT_VERBS as Record<string, string>)[action];
  if (verb === undefined) throw new Error(`no event for the audit action ${action}`);
  return `${subject}.${verb}`;
}
