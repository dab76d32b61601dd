import type {
  AssignmentConditions,
  AssignmentRule,
  AssignmentRulesBody,
  AssignmentStrategy,
} from './lead-settings-types';

/** A rule being edited: `key` identifies it on screen (and for dragging) before it has an id. */
export interface AssignmentRuleDraft {
  key: string;
  id?: string;
  name: string;
  active: boolean;
  conditions: AssignmentConditions;
  strategy: AssignmentStrategy;
  userId: string | null;
  teamId: string | null;
}

export function toRuleDrafts(rules: readonly AssignmentRule[]): AssignmentRuleDraft[] {
  return rules.map((rule) => ({ ...rule, key: rule.id }));
}

/** Leaves out empty condition lists: an absent condition matches every lead. */
function compactConditions(conditions: AssignmentConditions): AssignmentConditions {
  const result: AssignmentConditions = {};
  const lists = ['regions', 'productInterests'] as const;
  for (const key of lists) {
    const values = (conditions[key] ?? []).map((value) => value.trim()).filter(Boolean);
    if (values.length > 0) result[key] = [...new Set(values)];
  }
  if (conditions.sources && conditions.sources.length > 0) result.sources = conditions.sources;
  if (typeof conditions.minScore === 'number') result.minScore = conditions.minScore;
  if (typeof conditions.maxScore === 'number') result.maxScore = conditions.maxScore;
  return result;
}

/** The PUT body, rules in their on-screen order; a rule sends only the target its strategy uses. */
export function toAssignmentRulesBody(
  drafts: readonly AssignmentRuleDraft[],
  fallbackTeamId: string | null,
): AssignmentRulesBody {
  return {
    fallbackTeamId,
    rules: drafts.map((draft) => ({
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name.trim(),
      active: draft.active,
      conditions: compactConditions(draft.conditions),
      strategy: draft.strategy,
      ...(draft.strategy === 'user' && draft.userId ? { userId: draft.userId } : {}),
      ...(draft.strategy !== 'user' && draft.teamId ? { teamId: draft.teamId } : {}),
    })),
  };
}

/** The list with the rule `fromKey` moved to where `toKey` is (drag and drop). */
export function moveRule(
  drafts: readonly AssignmentRuleDraft[],
  fromKey: string,
  toKey: string,
): AssignmentRuleDraft[] {
  const from = drafts.findIndex((draft) => draft.key === fromKey);
  const to = drafts.findIndex((draft) => draft.key === toKey);
  if (from < 0 || to < 0 || from === to) return [...drafts];
  const next = [...drafts];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** Whether the drafts differ from the saved rules (order included). */
export function rulesChanged(
  drafts: readonly AssignmentRuleDraft[],
  saved: readonly AssignmentRule[],
  draftFallback: string | null,
  savedFallback: string | null,
): boolean {
  const body = (rules: readonly AssignmentRuleDraft[], fallback: string | null) =>
    JSON.stringify(toAssignmentRulesBody(rules, fallback));
  return body(drafts, draftFallback) !== body(toRuleDrafts(saved), savedFallback);
}
