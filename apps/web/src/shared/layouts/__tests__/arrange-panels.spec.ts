import { arrangePanels, fieldShown } from '../arrange-panels';

const panels = [{ key: 'profile' }, { key: 'customFields' }, { key: 'timeline' }];

describe('arrangePanels', () => {
  it('shows the page’s panels in their default order when the user arranged nothing', () => {
    expect(arrangePanels(panels, undefined).map((entry) => entry.panel.key)).toEqual([
      'profile',
      'customFields',
      'timeline',
    ]);
  });

  it('follows the user’s order and flags, drops panels the page no longer has, and places a new one by default', () => {
    const arranged = arrangePanels(panels, {
      panels: [
        { key: 'timeline', collapsed: true, hidden: false },
        { key: 'retired', collapsed: false, hidden: false },
        { key: 'profile', collapsed: false, hidden: true },
      ],
    });
    expect(arranged.map(({ panel, collapsed, hidden }) => [panel.key, collapsed, hidden])).toEqual([
      ['timeline', true, false],
      ['profile', false, true],
      ['customFields', false, false],
    ]);
    expect(arranged[0].panel).toBe(panels[2]);
  });
});

describe('fieldShown', () => {
  it('shows every field until the user chooses some', () => {
    expect(fieldShown(null, 'phones')).toBe(true);
    expect(fieldShown(['owner'], 'phones')).toBe(false);
    expect(fieldShown(['owner'], 'owner')).toBe(true);
  });
});
