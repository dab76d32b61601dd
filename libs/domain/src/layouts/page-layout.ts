import type { AppAbility } from '../authz/ability';
import { ROLES, type Role } from '../authz/roles';
import { customFieldKeyOf, LAYOUT_PAGE_SPECS, type LayoutPage } from './layout-pages';

/** One panel of a record page as its user arranged it. */
export interface PanelLayout {
  key: string;
  collapsed: boolean;
  hidden: boolean;
}

/**
 * How a user (or a role, by default) arranges a page. `panels` in display order; panels
 * missing from it take their default place. `profileFields` (record pages) and `columns`
 * (list pages): built-in field names and `cf.<key>`; null keeps the page's default set.
 */
export interface PageLayout {
  panels: PanelLayout[];
  profileFields: string[] | null;
  columns: string[] | null;
}

/** The layout of a page nobody arranged: every panel where the page puts it. */
export const BUILT_IN_LAYOUT: PageLayout = { panels: [], profileFields: null, columns: null };

export const MAX_LAYOUT_PANELS = 50;
export const MAX_LAYOUT_FIELDS = 100;

/** Panel keys come from the console's panel registry: short words (`timeline`, `customFields`). */
const PANEL_KEY = /^[a-zA-Z][a-zA-Z0-9_-]{0,59}$/;

export interface LayoutProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a layout for a page (empty when nothing is): duplicate or malformed
 * panel keys, fields the page does not have, custom fields not among `customFieldKeys`
 * (the live fields the writer sees, so a hidden one answers like an unknown one), fields
 * `readable` refuses (likewise), and panels or fields on the kind of page that has none.
 */
export function pageLayoutProblems(
  page: LayoutPage,
  layout: PageLayout,
  customFieldKeys: ReadonlySet<string>,
  readable: (field: string) => boolean = () => true,
): LayoutProblem[] {
  const spec = LAYOUT_PAGE_SPECS[page];
  const problems: LayoutProblem[] = [];
  const fieldsName = spec.kind === 'record' ? 'profileFields' : 'columns';
  const otherName = spec.kind === 'record' ? 'columns' : 'profileFields';

  if (spec.kind === 'list' && layout.panels.length > 0)
    problems.push({ field: 'panels', message: `panels must be empty: ${page} has no panels` });
  if (layout.panels.length > MAX_LAYOUT_PANELS)
    problems.push({ field: 'panels', message: `panels must have at most ${MAX_LAYOUT_PANELS}` });
  const seenPanels = new Set<string>();
  layout.panels.forEach((panel, index) => {
    if (!PANEL_KEY.test(panel.key))
      problems.push({
        field: `panels[${index}].key`,
        message: 'key must be letters, digits, - and _, starting with a letter',
      });
    else if (seenPanels.has(panel.key))
      problems.push({ field: `panels[${index}].key`, message: `${panel.key} appears twice` });
    seenPanels.add(panel.key);
  });

  if (layout[otherName] !== null)
    problems.push({ field: otherName, message: `${otherName} must be null on ${page}` });
  const fields = layout[fieldsName];
  if (fields !== null) {
    if (fields.length > MAX_LAYOUT_FIELDS)
      problems.push({
        field: fieldsName,
        message: `${fieldsName} must have at most ${MAX_LAYOUT_FIELDS}`,
      });
    const seenFields = new Set<string>();
    fields.forEach((field, index) => {
      const at = `${fieldsName}[${index}]`;
      const customKey = customFieldKeyOf(field);
      const known =
        customKey !== null ? customFieldKeys.has(customKey) : Object.hasOwn(spec.fields, field);
      if (!known || !readable(field))
        problems.push({ field: at, message: `${field} is not a field of ${page}` });
      else if (seenFields.has(field))
        problems.push({ field: at, message: `${field} appears twice` });
      seenFields.add(field);
    });
  }
  return problems;
}

/**
 * The panels as they show: the stored order of the panels the page still has (others
 * dropped), and each panel the stored layout does not know inserted where the page puts it
 * by default — right after the panel that precedes it in `catalogue`, or first.
 */
export function mergePanels(
  stored: readonly PanelLayout[],
  catalogue: readonly string[],
): PanelLayout[] {
  const known = new Set(catalogue);
  const merged: PanelLayout[] = [];
  for (const panel of stored) {
    if (known.has(panel.key) && !merged.some((kept) => kept.key === panel.key))
      merged.push({ key: panel.key, collapsed: panel.collapsed, hidden: panel.hidden });
  }
  catalogue.forEach((key, index) => {
    if (merged.some((panel) => panel.key === key)) return;
    const before = catalogue.slice(0, index).reverse();
    const anchor = before
      .map((previous) => merged.findIndex((panel) => panel.key === previous))
      .find((position) => position >= 0);
    merged.splice(anchor === undefined ? 0 : anchor + 1, 0, {
      key,
      collapsed: false,
      hidden: false,
    });
  });
  return merged;
}

/**
 * Whether a reader may see a page's field: a built-in one by the field rules of the page's
 * subject, a custom one when its key is among `visibleCustomFieldKeys` (live, not hidden
 * from the reader's roles).
 */
export function layoutFieldReadable(
  page: LayoutPage,
  field: string,
  ability: AppAbility,
  visibleCustomFieldKeys: ReadonlySet<string>,
): boolean {
  const spec = LAYOUT_PAGE_SPECS[page];
  const customKey = customFieldKeyOf(field);
  if (customKey !== null) return visibleCustomFieldKeys.has(customKey);
  const recordField = spec.fields[field];
  return recordField !== undefined && ability.can('read', spec.subject, recordField);
}

/** The reader's view of a stored layout's fields: those they may not read left out. */
export function readableLayout(
  layout: PageLayout,
  canRead: (field: string) => boolean,
): PageLayout {
  return {
    panels: layout.panels.map((panel) => ({ ...panel })),
    profileFields: layout.profileFields?.filter(canRead) ?? null,
    columns: layout.columns?.filter(canRead) ?? null,
  };
}

/**
 * The layout a page shows: the stored (own, role default or built-in) layout merged with
 * the page's current panels (`catalogue`, in default order) and left with only the fields
 * the reader may read.
 */
export function effectiveLayout(
  stored: PageLayout,
  catalogue: readonly string[],
  canRead: (field: string) => boolean,
): PageLayout {
  const readable = readableLayout(stored, canRead);
  return { ...readable, panels: mergePanels(readable.panels, catalogue) };
}

/**
 * The role whose default a user without a layout of their own gets: the first of their
 * roles, in the order of ROLES (admin, sales manager, sales rep, channel partner, service
 * agent, marketer, viewer), that has a default for the page; null for the built-in layout.
 */
export function layoutDefaultRole(
  userRoles: readonly Role[],
  rolesWithDefault: readonly Role[],
): Role | null {
  return ROLES.find((role) => userRoles.includes(role) && rolesWithDefault.includes(role)) ?? null;
}
