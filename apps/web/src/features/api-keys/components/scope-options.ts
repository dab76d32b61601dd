import { SUBJECT_SCOPE_NAMES, SUBJECTS } from '@kehu/domain';

/** Scopes an API key can be given: every subject's read and write, or `*` for all. */
export const SCOPE_SUGGESTIONS: readonly string[] = [
  '*',
  ...SUBJECTS.flatMap((subject) => [
    `${SUBJECT_SCOPE_NAMES[subject]}:read`,
    `${SUBJECT_SCOPE_NAMES[subject]}:write`,
  ]),
];
