import { apiCall, type ApiSession } from './api-session';

interface AssignmentRules {
  rules: Array<Record<string, unknown>>;
  fallbackTeamId: string | null;
  version: number;
}

export interface RuleToOneUser {
  name: string;
  conditions: { regions?: string[]; sources?: string[] };
  userId: string;
}

/**
 * Puts a rule giving matching leads to one user above the existing rules, through the API
 * as an admin. Tests match on a region of their own, so the rule touches no other lead.
 */
export async function putAssignmentRuleFirst(admin: ApiSession, rule: RuleToOneUser) {
  const current = await apiCall<AssignmentRules>(admin, '/settings/lead-assignment-rules');
  await apiCall(admin, '/settings/lead-assignment-rules', {
    method: 'PUT',
    headers: { 'If-Match': `"${current.version}"` },
    body: {
      rules: [{ ...rule, strategy: 'user' }, ...current.rules],
      fallbackTeamId: current.fallbackTeamId,
    },
  });
}
