import type { LeadSource } from './lead-status';

/** What a rule tests; an empty or absent condition matches every lead. */
export interface AssignmentConditions {
  regions?: readonly string[];
  productInterests?: readonly string[];
  sources?: readonly LeadSource[];
  minScore?: number;
  maxScore?: number;
}

export const ASSIGNMENT_STRATEGIES = ['user', 'round-robin', 'least-open-leads'] as const;
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

/** One rule of the ordered list (线索分配规则): the first active rule that matches wins. */
export interface AssignmentRule {
  id: string;
  name: string;
  active: boolean;
  conditions: AssignmentConditions;
  strategy: AssignmentStrategy;
  /** The assignee of a `user` rule. */
  userId?: string | null;
  /** The team whose members share the leads of a `round-robin` or `least-open-leads` rule. */
  teamId?: string | null;
}

/** The lead fields the rules read. */
export interface AssignableLead {
  region: string | null;
  productInterest: string | null;
  source: LeadSource;
  score: number;
}

/** Compares text the way people expect of a region or product name: trimmed, any case. */
function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function matchesText(value: string | null, allowed: readonly string[] | undefined): boolean {
  if (!allowed || allowed.length === 0) return true;
  return value !== null && allowed.some((candidate) => sameText(candidate, value));
}

export function ruleMatches(rule: AssignmentRule, lead: AssignableLead): boolean {
  const { regions, productInterests, sources, minScore, maxScore } = rule.conditions;
  return (
    matchesText(lead.region, regions) &&
    matchesText(lead.productInterest, productInterests) &&
    (!sources || sources.length === 0 || sources.includes(lead.source)) &&
    (minScore === undefined || lead.score >= minScore) &&
    (maxScore === undefined || lead.score <= maxScore)
  );
}

/** The first active rule, in list order, that matches the lead; null means the fallback queue. */
export function findAssignmentRule(
  rules: readonly AssignmentRule[],
  lead: AssignableLead,
): AssignmentRule | null {
  return rules.find((rule) => rule.active && ruleMatches(rule, lead)) ?? null;
}

/**
 * Round-robin: the member after the one who got the previous lead, in a stable order
 * (member ids sorted). A departed previous assignee continues with the next id after
 * theirs, so nobody is skipped or served twice in a turn.
 */
export function nextRoundRobinMember(
  memberIds: readonly string[],
  lastAssignedId: string | null,
): string | null {
  const ordered = [...memberIds].sort();
  if (ordered.length === 0) return null;
  if (lastAssignedId === null) return ordered[0];
  return ordered.find((id) => id > lastAssignedId) ?? ordered[0];
}

export interface MemberLoad {
  userId: string;
  openLeads: number;
}

/** Least-loaded: the member with the fewest open leads; ties go to the lowest id. */
export function leastLoadedMember(members: readonly MemberLoad[]): string | null {
  let best: MemberLoad | null = null;
  for (const member of members) {
    if (
      best === null ||
      member.openLeads < best.openLeads ||
      (member.openLeads === best.openLeads && member.userId < best.userId)
    ) {
      best = member;
    }
  }
  return best?.userId ?? null;
}

/** Problems with a rule list, as messages (empty when it is valid). */
export function validateAssignmentRules(rules: readonly AssignmentRule[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const where = `rule ${index + 1} (${rule.name})`;
    if (ids.has(rule.id)) errors.push(`${where} repeats the id ${rule.id}`);
    ids.add(rule.id);
    if (rule.strategy === 'user' && !rule.userId) errors.push(`${where} needs a userId`);
    if (rule.strategy !== 'user' && !rule.teamId) errors.push(`${where} needs a teamId`);
    const { minScore, maxScore } = rule.conditions;
    if (minScore !== undefined && maxScore !== undefined && minScore > maxScore) {
      errors.push(`${where} has minScore above maxScore`);
    }
  });
  return errors;
}
