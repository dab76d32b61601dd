import { demoDataset } from './demo-dataset';
import { DEMO_TAGS } from './demo-tags';

describe('demoDataset', () => {
  const now = new Date('2026-11-26T08:00:00Z');
  const dataset = demoDataset(now);
  const { customers, contacts, relationships, taggings, interactions } = dataset;

  it('is the same for the same day and seed', () => {
    expect(JSON.stringify(demoDataset(now))).toBe(JSON.stringify(dataset));
  });

  it('has about 500 customers of the sales team, and people at most companies as contacts', () => {
    const companies = customers.slice(0, 500).filter((customer) => customer.kind === 'company');
    const withContacts = new Set(contacts.map((contact) => contact.company));
    expect(withContacts.size / companies.length).toBeGreaterThan(0.75);
    expect(customers).toHaveLength(500 + contacts.length);
    for (const contact of contacts) {
      expect(customers[contact.company].kind).toBe('company');
      expect(customers[contact.person].kind).toBe('person');
      expect(customers[contact.person].owner).toBe(customers[contact.company].owner);
    }
    const perCompany = [...withContacts].map((company) =>
      contacts.filter((contact) => contact.company === company),
    );
    expect(perCompany.every((people) => people.length >= 1 && people.length <= 4)).toBe(true);
    expect(perCompany.every((people) => people.filter((p) => p.primary).length === 1)).toBe(true);
  });

  it('gives every customer phones and emails no other customer has', () => {
    const phones = customers.flatMap((customer) => customer.phones.map((phone) => phone.value));
    const emails = customers.flatMap((customer) => customer.emails.map((email) => email.value));
    expect(new Set(phones).size).toBe(phones.length);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('has some customers entered by the dealer, contacts included', () => {
    const dealers = customers.filter((customer) => customer.owner === 'partner');
    expect(dealers.length).toBeGreaterThan(20);
    expect(contacts.some((contact) => customers[contact.person].owner === 'partner')).toBe(true);
  });

  it('has every relationship kind, between fitting customers, without self or double edges', () => {
    const kinds = new Set(relationships.map((edge) => edge.type));
    expect([...kinds].sort()).toEqual(['employment', 'family', 'holding', 'parent']);
    const pairs = relationships.map(
      (edge) => `${edge.type}:${Math.min(edge.from, edge.to)}:${Math.max(edge.from, edge.to)}`,
    );
    expect(new Set(pairs).size).toBe(pairs.length);
    const held = new Map<number, number>();
    for (const edge of relationships) {
      expect(edge.from).not.toBe(edge.to);
      const [from, to] = [customers[edge.from].kind, customers[edge.to].kind];
      switch (edge.type) {
        case 'parent':
          expect([from, to]).toEqual(['company', 'company']);
          break;
        case 'holding':
          expect(to).toBe('company');
          held.set(edge.to, (held.get(edge.to) ?? 0) + Number(edge.percentage));
          break;
        case 'employment':
          expect([from, to]).toEqual(['person', 'company']);
          expect(edge.title).toBeTruthy();
          expect(edge.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (edge.endsOn) expect(edge.endsOn >= (edge.startsOn ?? '')).toBe(true);
          break;
        case 'family':
          expect([from, to]).toEqual(['person', 'person']);
          break;
      }
    }
    expect(Math.max(...held.values())).toBeLessThanOrEqual(100);
  });

  it('tags customers in all four groups with known tags', () => {
    const known = new Set(DEMO_TAGS.map((tag) => tag.name));
    expect(taggings.every((tagging) => known.has(tagging.tag))).toBe(true);
    const groups = new Set(
      taggings.map((tagging) => DEMO_TAGS.find((tag) => tag.name === tagging.tag)?.group),
    );
    expect([...groups].sort()).toEqual(['attribute', 'geography', 'industry', 'purchase-history']);
  });

  it('writes its texts in one language, Chinese, without English beside them', () => {
    // Foreign customers keep their English names; the demo's own words are Chinese.
    const texts = [
      ...DEMO_TAGS.map((tag) => tag.name),
      ...customers.map((customer) => customer.source),
      // People at foreign companies hold English job titles, like their names.
      ...customers
        .filter((customer) => !/[A-Za-z]/.test(customer.name))
        .map((customer) => customer.occupation),
      ...contacts.map((contact) => contact.notes),
      ...interactions.flatMap((interaction) => [interaction.summary, interaction.outcome]),
      ...relationships.map((relationship) => relationship.note),
    ].filter((text): text is string => typeof text === 'string' && text !== '');
    expect(texts.filter((text) => /[a-z]{2,}/.test(text))).toEqual([]);
  });

  it('logs about five interactions per customer over two years, with participants and outcomes', () => {
    expect(interactions.length / 500).toBeGreaterThan(4);
    expect(interactions.length / 500).toBeLessThan(6);
    const twoYearsAgo = now.getTime() - 731 * 86_400_000;
    for (const interaction of interactions) {
      const time = interaction.occurredAt.getTime();
      expect(time).toBeGreaterThanOrEqual(customers[interaction.customer].createdAt.getTime());
      expect(time).toBeGreaterThan(twoYearsAgo);
      expect(time).toBeLessThanOrEqual(now.getTime());
      expect(interaction.participants.length).toBeGreaterThan(0);
      expect(interaction.outcome).toBeTruthy();
    }
    expect(new Set(interactions.map((interaction) => interaction.kind)).size).toBe(5);
  });
});
