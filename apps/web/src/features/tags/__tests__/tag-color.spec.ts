import { toTagColor } from '../tag-color';

describe('a tag colour', () => {
  it('is sent as lower-case #rrggbb', () => {
    expect(toTagColor('#1677FF')).toBe('#1677ff');
    expect(toTagColor(' #52c41a ')).toBe('#52c41a');
  });

  it('is null when empty or not a #rrggbb colour', () => {
    expect(toTagColor('')).toBeNull();
    expect(toTagColor(undefined)).toBeNull();
    expect(toTagColor('#fff')).toBeNull();
    expect(toTagColor('rgb(0,0,0)')).toBeNull();
  });
});
