import type { DemoContact } from './demo-contacts';
import type { DemoCustomer } from './demo-customers';
import { SeededRandom } from './seeded-random';
import { isoDay } from './demo-format';

/** The built-in relationship types the demo uses, by key. */
export type DemoRelationshipType = 'parent' | 'holding' | 'employment' | 'family';

/**
 * An edge between two dataset customers (by index), stored as the API stores it:
 * `parent` points from the subsidiary to its parent company, `holding` from the holder
 * to the company held.
 */
export interface DemoRelationship {
  type: DemoRelationshipType;
  from: number;
  to: number;
  percentage: string | null;
  title: string | null;
  startsOn: string | null;
  endsOn: string | null;
  note: string | null;
}

/** The brand part of a Chinese demo company name (上海华腾科技有限公司 → 华腾). */
function brandOf(name: string): string | null {
  return /^[\u4e00-\u9fff]{2}([\u4e00-\u9fff]{2})/.exec(name)?.[1] ?? null;
}

/**
 * Relationships among the demo customers: companies of one brand in several cities as
 * a group under the oldest, shareholdings (at most one holder per company, so no
 * company is held beyond 100 %), contacts employed at their company since they became
 * contacts, some past jobs of private customers, and families of private customers.
 */
export function demoRelationships(
  customers: readonly DemoCustomer[],
  contacts: readonly DemoContact[],
  now: Date,
  seed: number,
): DemoRelationship[] {
  const random = new SeededRandom(seed);
  const edges: DemoRelationship[] = [];
  const taken = new Set<string>();
  const add = (
    edge: Pick<DemoRelationship, 'type' | 'from' | 'to'> & Partial<DemoRelationship>,
  ) => {
    const key = `${edge.type}:${Math.min(edge.from, edge.to)}:${Math.max(edge.from, edge.to)}`;
    if (edge.from === edge.to || taken.has(key)) return;
    taken.add(key);
    edges.push({
      percentage: null,
      title: null,
      startsOn: null,
      endsOn: null,
      note: null,
      ...edge,
    });
  };
  const companies = customers.flatMap((customer, index) =>
    customer.kind === 'company' ? [index] : [],
  );
  const contactPeople = new Set(contacts.map((contact) => contact.person));
  const privatePersons = customers.flatMap((customer, index) =>
    customer.kind === 'person' && !contactPeople.has(index) ? [index] : [],
  );

  const brands = new Map<string, number[]>();
  for (const index of companies) {
    const brand = brandOf(customers[index].name);
    if (brand) brands.set(brand, [...(brands.get(brand) ?? []), index]);
  }
  for (const members of brands.values()) {
    const [parent, ...others] = [...members].sort(
      (a, b) => customers[a].createdAt.getTime() - customers[b].createdAt.getTime(),
    );
    for (const subsidiary of others.slice(0, 3)) {
      if (random.chance(0.35))
        add({ type: 'parent', from: subsidiary, to: parent, note: '集团成员' });
    }
  }

  const held = new Set<number>();
  for (let k = 0; k < 30; k++) {
    const target = random.pick(companies);
    const holder = random.chance(0.7) ? random.pick(companies) : random.pick(privatePersons);
    if (held.has(target)) continue;
    held.add(target);
    add({
      type: 'holding',
      from: holder,
      to: target,
      percentage: `${random.int(5, 60)}.${random.pick(['00', '50'])}`,
      startsOn: isoDay(customers[target].createdAt),
    });
  }

  for (const contact of contacts) {
    if (!random.chance(0.4)) continue;
    add({
      type: 'employment',
      from: contact.person,
      to: contact.company,
      title: contact.title,
      startsOn: isoDay(new Date(contact.createdAt.getTime() - random.int(30, 2000) * 86_400_000)),
    });
  }
  for (const person of privatePersons) {
    if (!random.chance(0.15)) continue;
    const left = new Date(now.getTime() - random.int(60, 700) * 86_400_000);
    add({
      type: 'employment',
      from: person,
      to: random.pick(companies),
      title: customers[person].occupation,
      startsOn: isoDay(new Date(left.getTime() - random.int(365, 3000) * 86_400_000)),
      endsOn: isoDay(left),
    });
  }

  const surname = (index: number) => customers[index].name.slice(0, 1);
  for (let k = 0; k < 25; k++) {
    const a = random.pick(privatePersons);
    const relatives = privatePersons.filter((b) => b !== a && surname(b) === surname(a));
    if (relatives.length === 0) continue;
    add({
      type: 'family',
      from: a,
      to: random.pick(relatives),
      note: random.pick(['兄弟姐妹', '父母子女', '亲属']),
    });
  }
  return edges;
}
