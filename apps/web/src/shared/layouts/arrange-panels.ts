import { mergePanels, type PageLayout } from '@kehu/domain';

export interface ArrangedPanel<Panel> {
  panel: Panel;
  collapsed: boolean;
  hidden: boolean;
}

/**
 * A page's panels (in their default order) as the user arranged them: their order, the
 * collapsed and hidden flags; panels the layout does not know take their default place.
 */
export function arrangePanels<Panel extends { key: string }>(
  panels: readonly Panel[],
  layout: Pick<PageLayout, 'panels'> | undefined,
): Array<ArrangedPanel<Panel>> {
  const byKey = new Map(panels.map((panel) => [panel.key, panel]));
  return mergePanels(
    layout?.panels ?? [],
    panels.map((panel) => panel.key),
  ).flatMap(({ key, collapsed, hidden }) => {
    const panel = byKey.get(key);
    return panel ? [{ panel, collapsed, hidden }] : [];
  });
}

/** Whether a profile field shows: every field when the user chose none. */
export function fieldShown(profileFields: readonly string[] | null | undefined, field: string) {
  return profileFields === null || profileFields === undefined || profileFields.includes(field);
}
