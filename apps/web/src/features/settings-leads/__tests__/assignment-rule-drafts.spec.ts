import {
  moveRule,
  rulesChanged,
  toAssignmentRulesBody,
  toRuleDrafts,
  type AssignmentRuleDraft,
} from '../assignment-rule-drafts';
import type { AssignmentRule } from '../lead-settings-types';

const USER = '0b7e1c2a-5d3f-4e6a-9b8c-1d2e3f4a5b6c';
const TEAM = '1c8f2d3b-6e4a-4f7b-8c9d-2e3f4a5b6c7d';

const saved: AssignmentRule[] = [
  {
    id: 'a0000000-0000-4000-8000-000000000001',
    name: '华东网站线索',
    active: true,
    conditions: { regions: ['华东'], sources: ['web-form'] },
    strategy: 'user',
    userId: USER,
    teamId: null,
  },
  {
    id: 'a0000000-0000-4000-8000-000000000002',
    name: '高分线索',
    active: false,
    conditions: { minScore: 70 },
    strategy: 'round-robin',
    userId: null,
    teamId: TEAM,
  },
];

describe('assignment rule drafts', () => {
  it('sends the rules in order, each with only the target its strategy uses', () => {
    const drafts = toRuleDrafts(saved);
    const body = toAssignmentRulesBody(drafts, TEAM);
    expect(body).toEqual({
      fallbackTeamId: TEAM,
      rules: [
        {
          id: saved[0]?.id,
          name: '华东网站线索',
          active: true,
          conditions: { regions: ['华东'], sources: ['web-form'] },
          strategy: 'user',
          userId: USER,
        },
        {
          id: saved[1]?.id,
          name: '高分线索',
          active: false,
          conditions: { minScore: 70 },
          strategy: 'round-robin',
          teamId: TEAM,
        },
      ],
    });
  });

  it('leaves out empty conditions and trims and dedupes text ones; a new rule has no id', () => {
    const draft: AssignmentRuleDraft = {
      key: 'local-1',
      name: ' 展会 ',
      active: true,
      conditions: { regions: [' 华南 ', '华南', ''], productInterests: [], sources: [] },
      strategy: 'least-open-leads',
      userId: USER,
      teamId: TEAM,
    };
    expect(toAssignmentRulesBody([draft], null).rules).toEqual([
      {
        name: '展会',
        active: true,
        conditions: { regions: ['华南'] },
        strategy: 'least-open-leads',
        teamId: TEAM,
      },
    ]);
  });

  it('moves a dragged rule to the place of the rule it was dropped on', () => {
    const drafts = [...toRuleDrafts(saved), { ...toRuleDrafts(saved)[0], key: 'third' }];
    const keys = (list: AssignmentRuleDraft[]) => list.map((draft) => draft.key);
    const [first, second] = keys(drafts);
    expect(keys(moveRule(drafts, 'third', first))).toEqual(['third', first, second]);
    expect(keys(moveRule(drafts, first, 'third'))).toEqual([second, 'third', first]);
    expect(keys(moveRule(drafts, 'missing', first))).toEqual(keys(drafts));
  });

  it('notices a new order or fallback, but not an untouched list', () => {
    const drafts = toRuleDrafts(saved);
    expect(rulesChanged(drafts, saved, null, null)).toBe(false);
    expect(rulesChanged([...drafts].reverse(), saved, null, null)).toBe(true);
    expect(rulesChanged(drafts, saved, TEAM, null)).toBe(true);
  });
});
