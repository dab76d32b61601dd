import { LEAD_SOURCES, type LeadSource } from './lead-status';

/**
 * Admin-configurable weights of lead scoring (0–100): points for the source, for how
 * complete the lead's contact data is, and for recent activity, fading to nothing over
 * `activityWindowDays`.
 */
export interface LeadScoringWeights {
  source: Record<LeadSource, number>;
  completeness: number;
  recentActivity: number;
  activityWindowDays: number;
}

export const DEFAULT_LEAD_SCORING_WEIGHTS: LeadScoringWeights = {
  source: {
    'web-form': 30,
    social: 15,
    phone: 25,
    email: 20,
    event: 30,
    dealer: 25,
    import: 10,
    api: 20,
    other: 10,
  },
  completeness: 40,
  recentActivity: 30,
  activityWindowDays: 30,
};

/** The lead fields scoring reads. */
export interface ScorableLead {
  source: LeadSource;
  name: string | null;
  company: string | null;
  phones: readonly unknown[];
  emails: readonly unknown[];
  region: string | null;
  productInterest: string | null;
  lastActivityAt: Date | null;
}

const COMPLETENESS_CHECKS: Array<(lead: ScorableLead) => boolean> = [
  (lead) => Boolean(lead.name?.trim()),
  (lead) => Boolean(lead.company?.trim()),
  (lead) => lead.phones.length > 0,
  (lead) => lead.emails.length > 0,
  (lead) => Boolean(lead.region?.trim()),
  (lead) => Boolean(lead.productInterest?.trim()),
];

/** The share of the contact and qualification fields that are filled, from 0 to 1. */
export function leadCompleteness(lead: ScorableLead): number {
  return COMPLETENESS_CHECKS.filter((check) => check(lead)).length / COMPLETENESS_CHECKS.length;
}

const DAY_MS = 86_400_000;

/** A whole number from 0 to 100. */
export function scoreLead(
  lead: ScorableLead,
  weights: LeadScoringWeights,
  now: Date = new Date(),
): number {
  const sourcePoints = weights.source[lead.source] ?? 0;
  const completenessPoints = weights.completeness * leadCompleteness(lead);
  let activityPoints = 0;
  if (lead.lastActivityAt !== null && weights.activityWindowDays > 0) {
    const ageDays = Math.max(0, (now.getTime() - lead.lastActivityAt.getTime()) / DAY_MS);
    activityPoints = weights.recentActivity * Math.max(0, 1 - ageDays / weights.activityWindowDays);
  }
  const total = sourcePoints + completenessPoints + activityPoints;
  return Math.max(0, Math.min(100, Math.round(total)));
}

/** Problems with a set of weights, as messages (empty when valid). */
export function validateLeadScoringWeights(weights: LeadScoringWeights): string[] {
  const errors: string[] = [];
  const inRange = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;
  for (const source of LEAD_SOURCES) {
    if (!inRange(weights.source[source])) errors.push(`source.${source} must be from 0 to 100`);
  }
  if (!inRange(weights.completeness)) errors.push('completeness must be from 0 to 100');
  if (!inRange(weights.recentActivity)) errors.push('recentActivity must be from 0 to 100');
  if (!Number.isInteger(weights.activityWindowDays) || weights.activityWindowDays < 1)
    errors.push('activityWindowDays must be a whole number of at least 1');
  return errors;
}
