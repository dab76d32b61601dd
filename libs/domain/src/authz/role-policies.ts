import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { AppAbility, PermissionRule } from './ability';
import { type Action, WRITE_ACTIONS } from './actions';
import type { Principal } from './principal';
import type { Role } from './roles';
import { ROLES } from './roles';
import { CUSTOMER_FINANCIAL_FIELDS } from '../customers/customer-fields';
import { SUBJECTS, SUBJECT_SCOPE_NAMES } from './subjects';

type Builder = AbilityBuilder<AppAbility>;

const FINANCIAL_FIELDS = [...CUSTOMER_FINANCIAL_FIELDS];

/**
 * Segments are saved customer filters, private to their creator; marketers and admins
 * see them all. (Tags are read by every role that reads customers.)
 */
const OWN_SEGMENT_ACTIONS: Action[] = ['read', 'create', 'update', 'delete'];

/**
 * Tasks carry no conditions of their own: a task is reachable through its parent record
 * (customer, lead) or by being its assignee, and the task queries test exactly that.
 */
const TASK_WORK_ACTIONS: Action[] = ['read', 'create', 'update', 'delete'];

/** Records a person may work on: product.md §8 stated once for API and console alike. */
const ROLE_POLICIES: Record<Role, (builder: Builder, principal: Principal) => void> = {
  admin({ can }) {
    can('manage', 'all');
  },

  sales_manager({ can }, { id, teamIds }) {
    const ownTeams = { teamId: { $in: [...teamIds] } };
    can('read', 'Team', { id: { $in: [...teamIds] } });
    // Every condition here is also what a record the manager creates must satisfy.
    can(
      ['read', 'create', 'update', 'delete', 'restore', 'reassign', 'merge', 'export', 'import'],
      ['Customer', 'Lead', 'Opportunity'],
      ownTeams,
    );
    can('read', ['Report', 'Tag']);
    can(OWN_SEGMENT_ACTIONS, 'Segment', { ownerId: id });
    can(TASK_WORK_ACTIONS, 'Task');
  },

  sales_rep({ can }, { id, teamIds }) {
    // A rep creates records they own; handing them to others is a manager's reassign.
    can('create', ['Customer', 'Lead', 'Opportunity'], { ownerId: id });
    can('import', ['Customer', 'Lead', 'Opportunity']);
    can('read', 'Tag');
    can(OWN_SEGMENT_ACTIONS, 'Segment', { ownerId: id });
    can(TASK_WORK_ACTIONS, 'Task');
    for (const owned of [
      { ownerId: id },
      { teamId: { $in: [...teamIds] }, sharedWithTeam: true },
    ]) {
      can(['read', 'update', 'export'], ['Customer', 'Lead', 'Opportunity'], owned);
    }
  },

  channel_partner({ can, cannot }, { id, dealerOrgId }) {
    if (dealerOrgId === null) return;
    can('read', 'Tag');
    can(OWN_SEGMENT_ACTIONS, 'Segment', { ownerId: id });
    can(['read', 'create', 'update'], ['Customer', 'Lead', 'Opportunity'], { dealerOrgId });
    can(TASK_WORK_ACTIONS, 'Task');
    cannot(['read', 'create', 'update'], 'Customer', FINANCIAL_FIELDS);
  },

  service_agent({ can, cannot }, { id }) {
    can('read', ['Customer', 'Tag']);
    can(OWN_SEGMENT_ACTIONS, 'Segment', { ownerId: id });
    cannot('read', 'Customer', FINANCIAL_FIELDS);
    can('manage', 'Ticket');
    can(['read', 'create', 'update'], 'Task');
  },

  marketer({ can }) {
    can(['read', 'export'], ['Customer', 'Lead']);
    can('read', 'Task');
    can('read', 'Tag');
    can('manage', ['Survey', 'Segment']);
    can('read', 'Report');
  },

  viewer({ can }) {
    can('read', ['Customer', 'Tag', 'Lead', 'Task', 'Opportunity', 'Ticket', 'Survey', 'Report']);
  },
};

/**
 * Every signed-in role reads the custom field definitions (forms, lists and exports are
 * drawn from them); which of them a role sees is the definition's own `hiddenFromRoles`,
 * applied by the definitions' queries. Only admins (`manage all`) change them.
 */
function readCustomFieldDefinitions({ can }: Builder): void {
  can('read', 'CustomFieldDefinition');
}

/**
 * Every signed-in user arranges their own pages (`userId` is theirs); the defaults of a
 * role are rows without a user, which only admins (`manage all`) write. API keys have no
 * layouts.
 */
function arrangeOwnLayouts({ can }: Builder, { id }: Principal): void {
  can(['read', 'update', 'delete'], 'PageLayout', { userId: id });
}

/** An API key acts with its role's rules, narrowed to the scopes it was given. */
function narrowToScopes({ cannot }: Builder, scopes: readonly string[]): void {
  if (scopes.includes('*')) return;
  for (const subject of SUBJECTS) {
    const name = SUBJECT_SCOPE_NAMES[subject];
    if (scopes.includes(`${name}:write`)) continue;
    if (scopes.includes(`${name}:read`)) cannot([...WRITE_ACTIONS], subject);
    else cannot('manage', subject);
  }
}

/**
 * The permission rules of a principal: the union of its roles, then its scopes.
 * Broader roles are applied last, because a later CASL rule wins over an earlier one:
 * an admin who is also a service agent keeps the financial fields.
 */
export function defineRulesFor(principal: Principal): PermissionRule[] {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  const broadestLast = [...ROLES].reverse().filter((role) => principal.roles.includes(role));
  for (const role of broadestLast) ROLE_POLICIES[role](builder, principal);
  if (broadestLast.length > 0) readCustomFieldDefinitions(builder);
  if (broadestLast.length > 0 && principal.kind === 'user') arrangeOwnLayouts(builder, principal);
  if (principal.kind === 'apiKey') narrowToScopes(builder, principal.scopes ?? []);
  return builder.rules;
}
