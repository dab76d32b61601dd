import type { TagGroupWithTags } from '../group-tags';
import { toTagOptionGroups } from '../tag-option-groups';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const grouped: TagGroupWithTags[] = [
  {
    group: {
      id: 'g1',
      key: 'geography',
      name: 'Geography',
      description: null,
      builtIn: true,
      ...stamp,
    },
    tags: [
      { id: 't1', groupId: 'g1', name: 'East', color: '#1677ff', ...stamp },
      { id: 't2', groupId: 'g1', name: 'West', color: null, ...stamp },
    ],
  },
  {
    group: {
      id: 'g2',
      key: 'channel',
      name: 'Channel',
      description: null,
      builtIn: false,
      ...stamp,
    },
    tags: [{ id: 't3', groupId: 'g2', name: 'Online', color: null, ...stamp }],
  },
];

describe('tag options', () => {
  it('are grouped under their tag group, named and coloured', () => {
    expect(toTagOptionGroups(grouped)).toEqual([
      {
        label: 'Geography',
        title: 'Geography',
        options: [
          { value: 't1', label: 'East', color: '#1677ff' },
          { value: 't2', label: 'West', color: null },
        ],
      },
      {
        label: 'Channel',
        title: 'Channel',
        options: [{ value: 't3', label: 'Online', color: null }],
      },
    ]);
  });

  it('leave out the excluded tags and the groups left empty', () => {
    expect(toTagOptionGroups(grouped, ['t3', 't1']).map((group) => group.options)).toEqual([
      [{ value: 't2', label: 'West', color: null }],
    ]);
  });
});
