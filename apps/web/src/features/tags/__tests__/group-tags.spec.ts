import { groupTags } from '../group-tags';
import type { TagGroupResponse, TagResponse } from '../tag-types';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const group = (id: string, name: string, builtIn: boolean): TagGroupResponse => ({
  id,
  key: id,
  name,
  description: null,
  builtIn,
  ...stamp,
});
const tag = (id: string, groupId: string, name: string): TagResponse => ({
  id,
  groupId,
  name,
  color: null,
  ...stamp,
});

describe('tags under their groups', () => {
  it('puts built-in groups first, then the others, each group and tag by name', () => {
    const grouped = groupTags(
      [group('channel', 'Channel', false), group('geo', 'Geography', true)],
      [tag('t1', 'geo', 'West'), tag('t2', 'channel', 'Online'), tag('t3', 'geo', 'East')],
    );
    expect(grouped.map(({ group: g, tags }) => [g.id, tags.map((t) => t.name)])).toEqual([
      ['geo', ['East', 'West']],
      ['channel', ['Online']],
    ]);
  });

  it('keeps empty groups and leaves out tags of unknown groups', () => {
    const grouped = groupTags([group('attr', 'Attribute', true)], [tag('t1', 'gone', 'VIP')]);
    expect(grouped).toEqual([{ group: group('attr', 'Attribute', true), tags: [] }]);
  });
});
