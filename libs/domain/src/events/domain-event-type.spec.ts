import { domainEventType, DOMAIN_EVENT_VERBS, isDomainEventType } from './domain-event-type';

describe('domainEventType', () => {
  it('names the event by the subject and the past tense of the audit action', () => {
    expect(domainEventType('customer', 'create')).toBe('customer.created');
    expect(domainEventType('customer', 'update')).toBe('customer.updated');
    expect(domainEventType('customer', 'delete')).toBe('customer.deleted');
    expect(domainEventType('customer', 'restore')).toBe('customer.restored');
    expect(domainEventType('customer', 'merge')).toBe('customer.merged');
    expect(domainEventType('api-key', 'revoke')).toBe('api-key.revoked');
    expect(domainEventType('relationship-type', 'create')).toBe('relationship-type.created');
  });

  it('every audit action has a well-formed past-tense event', () => {
    for (const action of Object.keys(DOMAIN_EVENT_VERBS) as Array<keyof typeof DOMAIN_EVENT_VERBS>)
      expect(isDomainEventType(domainEventType('task', action))).toBe(true);
  });

  it("takes a service's more specific name for a generic action", () => {
    expect(domainEventType('lead', 'update', 'lead.converted')).toBe('lead.converted');
    expect(domainEventType('task', 'update', 'task.completed')).toBe('task.completed');
  });

  it('refuses a specific name about another subject or not in the past tense', () => {
    expect(() => domainEventType('lead', 'update', 'customer.converted')).toThrow();
    expect(() => domainEventType('lead', 'update', 'lead.convert')).toThrow();
    expect(() => domainEventType('lead', 'update', 'lead')).toThrow();
    expect(() => domainEventType('lead', 'update', 'Lead.Converted')).toThrow();
  });

  it('refuses an unknown action and a malformed subject', () => {
    expect(() => domainEventType('lead', 'approve' as never)).toThrow();
    expect(() => domainEventType('Lead', 'create')).toThrow();
    expect(() => domainEventType('', 'create')).toThrow();
  });
});
