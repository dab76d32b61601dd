import type { MeResponse } from '@kehu/contracts';
import {
  ACTIONS,
  SUBJECTS,
  type Action,
  type PermissionRule,
  type SubjectName,
} from '@kehu/domain';

type ApiRule = MeResponse['rules'][number];

const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

const isSubject = (value: string): value is SubjectName | 'all' =>
  value === 'all' || (SUBJECTS as readonly string[]).includes(value);

/**
 * The rules of GET /auth/me as CASL rules of the shared policy types. A rule naming an
 * action or subject this console does not know is dropped rather than guessed at.
 */
export function toPermissionRules(rules: readonly ApiRule[]): PermissionRule[] {
  return rules.flatMap((rule): PermissionRule[] => {
    const actions = [rule.action].flat();
    const subjects = [rule.subject].flat();
    if (!actions.every(isAction) || !subjects.every(isSubject)) return [];
    return [
      {
        action: actions,
        subject: subjects,
        conditions: rule.conditions,
        fields: rule.fields,
        inverted: rule.inverted,
      },
    ];
  });
}
