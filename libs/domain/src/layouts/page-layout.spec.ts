import fc from 'fast-check';
import { asSubject, createAbility } from '../authz/ability';
import { defineRulesFor } from '../authz/role-policies';
import { ROLES, type Role } from '../authz/roles';
import { LAYOUT_PAGE_SPECS } from './layout-pages';
import {
  BUILT_IN_LAYOUT,
  effectiveLayout,
  layoutDefaultRole,
  layoutFieldReadable,
  mergePanels,
  pageLayoutProblems,
  type PageLayout,
  type PanelLayout,
} from './page-layout';

const panel = (key: string, patch: Partial<PanelLayout> = {}): PanelLayout => ({
  key,
  collapsed: false,
  hidden: false,
  ...patch,
});

const layout = (patch: Partial<PageLayout>): PageLayout => ({ ...BUILT_IN_LAYOUT, ...patch });

const abilityOf = (roles: Role[]) =>
  createAbility(
    defineRulesFor({ kind: 'user', id: 'u1', roles, teamIds: [], dealerOrgId: 'delta' }),
  );

describe('pageLayoutProblems', () => {
  const none = new Set<string>();

  it('accepts the built-in layout on every page', () => {
    for (const page of Object.keys(LAYOUT_PAGE_SPECS) as Array<keyof typeof LAYOUT_PAGE_SPECS>)
      expect(pageLayoutProblems(page, BUILT_IN_LAYOUT, none)).toEqual([]);
  });

  it('accepts panels, built-in fields and live custom fields on a record page', () => {
    const chosen = layout({
      panels: [
        panel('customFields'),
        panel('timeline'),
        panel('profile', { collapsed: true }),
        panel('tags', { hidden: true }),
      ],
      profileFields: ['phones', 'owner', 'cf.store_count'],
    });
    expect(pageLayoutProblems('customer-360', chosen, new Set(['store_count']))).toEqual([]);
  });

  it('names a panel key given twice or malformed', () => {
    const chosen = layout({ panels: [panel('profile'), panel('Profile!'), panel('profile')] });
    expect(pageLayoutProblems('customer-360', chosen, none)).toEqual([
      { field: 'panels[1].key', message: expect.stringContaining('starting with a letter') },
      { field: 'panels[2].key', message: 'profile appears twice' },
    ]);
  });

  it('names fields the page does not have, custom fields it does not know and repeats', () => {
    const chosen = layout({ profileFields: ['phones', 'salary', 'cf.gone', 'phones'] });
    expect(pageLayoutProblems('customer-360', chosen, new Set(['store_count']))).toEqual([
      { field: 'profileFields[1]', message: 'salary is not a field of customer-360' },
      { field: 'profileFields[2]', message: 'cf.gone is not a field of customer-360' },
      { field: 'profileFields[3]', message: 'phones appears twice' },
    ]);
  });

  it('answers a field the writer may not read like an unknown one', () => {
    const chosen = layout({ profileFields: ['phones', 'creditLimit'] });
    expect(
      pageLayoutProblems('customer-360', chosen, none, (field) => field !== 'creditLimit'),
    ).toEqual([
      { field: 'profileFields[1]', message: 'creditLimit is not a field of customer-360' },
    ]);
  });

  it('does not take an inherited property for a field', () => {
    const chosen = layout({ profileFields: ['toString', 'constructor'] });
    expect(pageLayoutProblems('lead-detail', chosen, none)).toHaveLength(2);
  });

  it('keeps columns to list pages and panels and profile fields to record pages', () => {
    expect(pageLayoutProblems('customer-360', layout({ columns: ['name'] }), none)).toEqual([
      { field: 'columns', message: 'columns must be null on customer-360' },
    ]);
    expect(
      pageLayoutProblems(
        'lead-list',
        layout({ panels: [panel('profile')], profileFields: ['company'] }),
        none,
      ).map((problem) => problem.field),
    ).toEqual(['panels', 'profileFields']);
    expect(
      pageLayoutProblems(
        'customer-list',
        layout({ columns: ['name', 'phone', 'cf.k'] }),
        new Set(['k']),
      ),
    ).toEqual([]);
  });

  it('limits the number of panels and fields', () => {
    const many = layout({
      panels: Array.from({ length: 51 }, (_, index) => panel(`p${index}`)),
      profileFields: Array.from({ length: 101 }, () => 'phones'),
    });
    const fields = pageLayoutProblems('customer-360', many, none).map((problem) => problem.field);
    expect(fields).toContain('panels');
    expect(fields).toContain('profileFields');
  });
});

describe('mergePanels', () => {
  it('keeps the stored order and flags of panels the page has, and drops removed ones', () => {
    const stored = [
      panel('timeline', { collapsed: true }),
      panel('gone'),
      panel('profile', { hidden: true }),
    ];
    expect(mergePanels(stored, ['profile', 'timeline'])).toEqual([
      panel('timeline', { collapsed: true }),
      panel('profile', { hidden: true }),
    ]);
  });

  it('inserts a new panel after the panel that precedes it by default, or first', () => {
    const stored = [panel('timeline'), panel('profile')];
    expect(
      mergePanels(stored, ['first', 'profile', 'custom-fields', 'timeline']).map((p) => p.key),
    ).toEqual(['first', 'timeline', 'profile', 'custom-fields']);
  });

  it('is the catalogue itself for a layout nobody arranged', () => {
    expect(mergePanels([], ['a', 'b', 'c'])).toEqual([panel('a'), panel('b'), panel('c')]);
  });

  it('holds every panel of the catalogue exactly once, whatever was stored', () => {
    const key = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f');
    const stored = fc.array(fc.record({ key, collapsed: fc.boolean(), hidden: fc.boolean() }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(stored, fc.uniqueArray(key), (panels, catalogue) => {
        const merged = mergePanels(panels, catalogue).map((p) => p.key);
        expect([...merged].sort()).toEqual([...catalogue].sort());
        // Stored panels the page still has keep their relative order.
        const kept = [...new Set(panels.map((p) => p.key))].filter((k) => catalogue.includes(k));
        expect(merged.filter((k) => kept.includes(k))).toEqual(kept);
      }),
    );
  });
});

describe('readable fields of a layout', () => {
  it('leaves out financial fields for a channel partner and custom fields hidden from them', () => {
    const partner = abilityOf(['channel_partner']);
    const visible = new Set(['store_count']);
    const canRead = (field: string) => layoutFieldReadable('customer-360', field, partner, visible);
    const stored = layout({
      panels: [panel('profile')],
      profileFields: ['phones', 'creditLimit', 'owner', 'cf.store_count', 'cf.margin'],
    });
    expect(effectiveLayout(stored, ['profile', 'timeline'], canRead)).toEqual({
      panels: [panel('profile'), panel('timeline')],
      profileFields: ['phones', 'owner', 'cf.store_count'],
      columns: null,
    });
  });

  it('an admin reads every built-in field of every page', () => {
    const admin = abilityOf(['admin']);
    for (const [page, spec] of Object.entries(LAYOUT_PAGE_SPECS))
      for (const field of Object.keys(spec.fields))
        expect(
          layoutFieldReadable(page as keyof typeof LAYOUT_PAGE_SPECS, field, admin, new Set()),
        ).toBe(true);
  });
});

describe('layoutDefaultRole', () => {
  it('takes the first of the user’s roles, in role order, that has a default', () => {
    expect(layoutDefaultRole(['viewer', 'sales_rep'], ['viewer', 'sales_rep'])).toBe('sales_rep');
    expect(layoutDefaultRole(['viewer', 'sales_rep'], ['viewer', 'admin'])).toBe('viewer');
    expect(layoutDefaultRole(['marketer'], ['admin'])).toBeNull();
  });

  it('always answers one of the user’s roles', () => {
    const roles = fc.uniqueArray(fc.constantFrom(...ROLES));
    fc.assert(
      fc.property(roles, roles, (held, withDefault) => {
        const chosen = layoutDefaultRole(held, withDefault);
        if (chosen === null) expect(held.some((role) => withDefault.includes(role))).toBe(false);
        else expect(held.includes(chosen) && withDefault.includes(chosen)).toBe(true);
      }),
    );
  });
});

describe('personal layout permissions', () => {
  it('every role arranges its own layouts only; only an admin writes the defaults', () => {
    for (const role of ROLES) {
      const ability = abilityOf([role]);
      expect(ability.can('update', asLayout({ userId: 'u1' }))).toBe(true);
      expect(ability.can('update', asLayout({ userId: 'u2' }))).toBe(role === 'admin');
      expect(ability.can('update', asLayout({ userId: null, role: 'viewer' }))).toBe(
        role === 'admin',
      );
    }
  });

  it('an API key has no layouts of its own', () => {
    const key = createAbility(
      defineRulesFor({
        kind: 'apiKey',
        id: 'k1',
        roles: ['viewer'],
        teamIds: [],
        dealerOrgId: null,
        scopes: ['*'],
      }),
    );
    expect(key.can('read', 'PageLayout')).toBe(false);
  });
});

function asLayout(fields: Record<string, unknown>) {
  return asSubject('PageLayout', fields);
}
