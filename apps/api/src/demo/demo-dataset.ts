import { DEMO_ACCOUNTS } from './demo-accounts';
import { type DemoContact, demoContacts } from './demo-contacts';
import { type DemoCustomer, demoCustomers } from './demo-customers';
import { type DemoInteraction, demoInteractions } from './demo-interactions';
import { type DemoRelationship, demoRelationships } from './demo-relationships';
import { demoTagsOf } from './demo-tags';
import { SeededRandom } from './seeded-random';

/** Everything the demo loads; customers are referred to by their index in `customers`. */
export interface DemoDataset {
  customers: DemoCustomer[];
  contacts: DemoContact[];
  relationships: DemoRelationship[];
  /** Tag names (of DEMO_TAGS) per customer. */
  taggings: Array<{ customer: number; tag: string }>;
  /** Oldest first per customer. */
  interactions: DemoInteraction[];
}

function ownerName(owner: DemoCustomer['owner']): string {
  return DEMO_ACCOUNTS.find((account) => account.email === `${owner}@kehu.local`)?.name ?? owner;
}

/**
 * The whole demo, the same on every machine for the same day: about 500 companies and
 * private customers, the people at most companies as contacts, relationships, tags and
 * two years of interactions. Each part draws from its own seeded stream.
 */
export function demoDataset(now = new Date(), seed = 20261126): DemoDataset {
  const base = demoCustomers(500, now, seed);
  const { people, contacts } = demoContacts(base, now, seed + 1);
  const customers = [...base, ...people];
  const relationships = demoRelationships(customers, contacts, now, seed + 2);

  const tagRandom = new SeededRandom(seed + 3);
  const taggings = base.flatMap((customer, index) =>
    demoTagsOf(customer, tagRandom).map((tag) => ({ customer: index, tag })),
  );

  const peopleAt = new Map<number, string[]>();
  for (const contact of contacts) {
    peopleAt.set(contact.company, [
      ...(peopleAt.get(contact.company) ?? []),
      customers[contact.person].name,
    ]);
  }
  const interactions = demoInteractions(
    customers,
    base.length,
    (index) => peopleAt.get(index) ?? [],
    ownerName,
    now,
    seed + 4,
  );
  // The customer's upcoming follow-up was agreed in its latest interaction.
  const latest = new Map(interactions.map((interaction) => [interaction.customer, interaction]));
  for (const [index, interaction] of latest) {
    const upcoming = customers[index].nextFollowUpOn;
    if (upcoming) interaction.nextFollowUpOn = upcoming;
  }
  return { customers, contacts, relationships, taggings, interactions };
}
