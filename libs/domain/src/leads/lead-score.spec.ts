import fc from 'fast-check';
import {
  DEFAULT_LEAD_SCORING_WEIGHTS,
  leadCompleteness,
  type ScorableLead,
  scoreLead,
  validateLeadScoringWeights,
} from './lead-score';
import { LEAD_SOURCES } from './lead-status';

const now = new Date('2026-06-01T00:00:00Z');

const bare: ScorableLead = {
  source: 'other',
  name: 'Li',
  company: null,
  phones: [],
  emails: [],
  region: null,
  productInterest: null,
  lastActivityAt: null,
};

const leadArbitrary: fc.Arbitrary<ScorableLead> = fc.record({
  source: fc.constantFrom(...LEAD_SOURCES),
  name: fc.option(fc.string(), { nil: null }),
  company: fc.option(fc.string(), { nil: null }),
  phones: fc.array(fc.string(), { maxLength: 2 }),
  emails: fc.array(fc.string(), { maxLength: 2 }),
  region: fc.option(fc.string(), { nil: null }),
  productInterest: fc.option(fc.string(), { nil: null }),
  lastActivityAt: fc.option(
    fc.date({ min: new Date('2025-01-01'), max: new Date('2026-06-01'), noInvalidDate: true }),
    { nil: null },
  ),
});

describe('scoreLead', () => {
  it('adds source, completeness and recent activity points', () => {
    const full: ScorableLead = {
      source: 'event',
      name: 'Li Ming',
      company: 'Huateng',
      phones: ['138'],
      emails: ['li@example.com'],
      region: '华东',
      productInterest: 'CRM',
      lastActivityAt: now,
    };
    expect(scoreLead(full, DEFAULT_LEAD_SCORING_WEIGHTS, now)).toBe(100);
    expect(scoreLead(bare, DEFAULT_LEAD_SCORING_WEIGHTS, now)).toBe(17);
  });

  it('lets activity fade out over the window', () => {
    const old = { ...bare, lastActivityAt: new Date('2026-05-16T00:00:00Z') };
    const recent = { ...bare, lastActivityAt: now };
    expect(scoreLead(recent, DEFAULT_LEAD_SCORING_WEIGHTS, now)).toBeGreaterThan(
      scoreLead(old, DEFAULT_LEAD_SCORING_WEIGHTS, now),
    );
    const expired = { ...bare, lastActivityAt: new Date('2026-01-01T00:00:00Z') };
    expect(scoreLead(expired, DEFAULT_LEAD_SCORING_WEIGHTS, now)).toBe(
      scoreLead(bare, DEFAULT_LEAD_SCORING_WEIGHTS, now),
    );
  });

  it('is always a whole number from 0 to 100 (property)', () => {
    fc.assert(
      fc.property(leadArbitrary, (lead) => {
        const score = scoreLead(lead, DEFAULT_LEAD_SCORING_WEIGHTS, now);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never drops when a missing field is filled in (property)', () => {
    fc.assert(
      fc.property(leadArbitrary, (lead) => {
        const completed = { ...lead, emails: [...lead.emails, 'x@example.com'] };
        expect(leadCompleteness(completed)).toBeGreaterThanOrEqual(leadCompleteness(lead));
        expect(scoreLead(completed, DEFAULT_LEAD_SCORING_WEIGHTS, now)).toBeGreaterThanOrEqual(
          scoreLead(lead, DEFAULT_LEAD_SCORING_WEIGHTS, now),
        );
      }),
    );
  });
});

describe('validateLeadScoringWeights', () => {
  it('accepts the defaults and refuses weights out of range', () => {
    expect(validateLeadScoringWeights(DEFAULT_LEAD_SCORING_WEIGHTS)).toEqual([]);
    expect(
      validateLeadScoringWeights({
        ...DEFAULT_LEAD_SCORING_WEIGHTS,
        completeness: 150,
        activityWindowDays: 0,
      }),
    ).toHaveLength(2);
  });
});
