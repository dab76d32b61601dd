import fc from 'fast-check';
import {
  type AssignableLead,
  type AssignmentRule,
  findAssignmentRule,
  leastLoadedMember,
  nextRoundRobinMember,
  validateAssignmentRules,
} from './lead-assignment';
import { LEAD_SOURCES } from './lead-status';

const lead: AssignableLead = {
  region: '华东',
  productInterest: 'CRM',
  source: 'web-form',
  score: 60,
};

function rule(overrides: Partial<AssignmentRule>): AssignmentRule {
  return {
    id: overrides.id ?? 'r',
    name: 'rule',
    active: true,
    conditions: {},
    strategy: 'user',
    userId: 'u1',
    ...overrides,
  };
}

const leadArbitrary = fc.record({
  region: fc.option(fc.constantFrom('华东', '华南', 'North'), { nil: null }),
  productInterest: fc.option(fc.constantFrom('CRM', 'ERP'), { nil: null }),
  source: fc.constantFrom(...LEAD_SOURCES),
  score: fc.integer({ min: 0, max: 100 }),
});

const ruleArbitrary = fc.record({
  id: fc.uuid(),
  name: fc.constant('rule'),
  active: fc.boolean(),
  conditions: fc.record(
    {
      regions: fc.array(fc.constantFrom('华东', '华南', 'North'), { maxLength: 2 }),
      sources: fc.array(fc.constantFrom(...LEAD_SOURCES), { maxLength: 3 }),
      minScore: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: [] },
  ),
  strategy: fc.constant('user' as const),
  userId: fc.uuid(),
});

describe('findAssignmentRule', () => {
  it('takes the first matching rule in list order', () => {
    const rules = [
      rule({ id: 'south', conditions: { regions: ['华南'] } }),
      rule({ id: 'east', conditions: { regions: ['华东'] } }),
      rule({ id: 'any' }),
    ];
    expect(findAssignmentRule(rules, lead)?.id).toBe('east');
  });

  it('matches region and product case- and space-insensitively', () => {
    const rules = [rule({ conditions: { regions: [' north '], productInterests: ['crm'] } })];
    expect(findAssignmentRule(rules, { ...lead, region: 'North' })?.id).toBe('r');
  });

  it('skips inactive rules and sends an unmatched lead to the fallback queue', () => {
    const rules = [rule({ active: false }), rule({ id: 'hot', conditions: { minScore: 80 } })];
    expect(findAssignmentRule(rules, lead)).toBeNull();
  });

  it('returns a rule that is active and matches, and no earlier rule matches (property)', () => {
    fc.assert(
      fc.property(fc.array(ruleArbitrary, { maxLength: 8 }), leadArbitrary, (rules, sample) => {
        const chosen = findAssignmentRule(rules, sample);
        const matching = rules.filter(
          (candidate) =>
            candidate.active &&
            (candidate.conditions.regions?.length
              ? sample.region !== null && candidate.conditions.regions.includes(sample.region)
              : true) &&
            (candidate.conditions.sources?.length
              ? candidate.conditions.sources.includes(sample.source)
              : true) &&
            (candidate.conditions.minScore === undefined ||
              sample.score >= candidate.conditions.minScore),
        );
        expect(chosen).toBe(matching[0] ?? null);
      }),
    );
  });
});

describe('nextRoundRobinMember', () => {
  it('starts with the lowest id and wraps around', () => {
    expect(nextRoundRobinMember(['b', 'a', 'c'], null)).toBe('a');
    expect(nextRoundRobinMember(['b', 'a', 'c'], 'c')).toBe('a');
  });

  it('continues after a previous assignee who left the team', () => {
    expect(nextRoundRobinMember(['a', 'c'], 'b')).toBe('c');
  });

  it('has no one to pick in an empty team', () => {
    expect(nextRoundRobinMember([], 'a')).toBeNull();
  });

  it('gives every member the same number of leads over whole turns (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 5 }),
        (members, turns) => {
          const counts = new Map<string, number>();
          let last: string | null = null;
          for (let i = 0; i < members.length * turns; i++) {
            last = nextRoundRobinMember(members, last);
            if (last === null) throw new Error('no member');
            counts.set(last, (counts.get(last) ?? 0) + 1);
          }
          expect([...counts.values()]).toEqual(members.map(() => turns));
        },
      ),
    );
  });
});

describe('leastLoadedMember', () => {
  it('picks the member with the fewest open leads, ties by id', () => {
    expect(
      leastLoadedMember([
        { userId: 'b', openLeads: 2 },
        { userId: 'c', openLeads: 1 },
        { userId: 'a', openLeads: 1 },
      ]),
    ).toBe('a');
  });

  it('never picks a member who has more open leads than another (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ userId: fc.uuid(), openLeads: fc.nat(50) }), { minLength: 1 }),
        (members) => {
          const chosen = members.find((member) => member.userId === leastLoadedMember(members));
          expect(chosen).toBeDefined();
          expect(members.every((member) => member.openLeads >= (chosen?.openLeads ?? 0))).toBe(
            true,
          );
        },
      ),
    );
  });
});

describe('validateAssignmentRules', () => {
  it('requires an assignee or a team, and a sensible score range', () => {
    expect(
      validateAssignmentRules([
        rule({ id: 'a', userId: null }),
        rule({ id: 'b', strategy: 'round-robin', teamId: null }),
        rule({ id: 'c', conditions: { minScore: 80, maxScore: 10 } }),
        rule({ id: 'c' }),
      ]),
    ).toHaveLength(4);
  });
});
