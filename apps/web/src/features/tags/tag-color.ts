/** The colours offered for a tag: Ant Design's palette, readable as chip backgrounds. */
export const TAG_COLOR_PRESETS = [
  '#1677ff',
  '#13c2c2',
  '#52c41a',
  '#fadb14',
  '#fa8c16',
  '#f5222d',
  '#eb2f96',
  '#722ed1',
  '#2f54eb',
  '#8c8c8c',
] as const;

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The `#rrggbb` form the API accepts, or null for "no colour". */
export function toTagColor(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  return HEX.test(trimmed) ? trimmed.toLowerCase() : null;
}
