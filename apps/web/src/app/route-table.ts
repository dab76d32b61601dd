import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CopyOutlined,
  CustomerServiceOutlined,
  DatabaseOutlined,
  FormOutlined,
  FunnelPlotOutlined,
  GroupOutlined,
  IdcardOutlined,
  KeyOutlined,
  SettingOutlined,
  ShopOutlined,
  SmileOutlined,
  StarOutlined,
  TagsOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { AppAbility } from '@kehu/domain';
import type { ComponentType, LazyExoticComponent } from 'react';
import { canAccess, type RouteAccess } from '../shared/access/route-access';
import { lazyPage } from '../shared/components/lazy-page';
import type { NavLabelKey } from '../shared/i18n/nav-label-key';

type Page = LazyExoticComponent<ComponentType>;

/** A page in the sidebar: its path, label, icon and the permission it needs. */
export interface PageRoute {
  kind: 'page';
  path: string;
  labelKey: NavLabelKey;
  icon: ComponentType;
  access: RouteAccess;
  page: Page;
  /** Opened from another page (e.g. a record's own page), not listed in the sidebar. */
  hidden?: boolean;
}

/** A sidebar section; it is shown when at least one of its pages is allowed. */
export interface RouteGroup {
  kind: 'group';
  path: string;
  labelKey: NavLabelKey;
  icon: ComponentType;
  children: PageRoute[];
}

export type RouteTableEntry = PageRoute | RouteGroup;

const ComingSoon = lazyPage(() =>
  import('../shared/components/ComingSoonPage').then((module) => module.ComingSoonPage),
);
const TodayPage = lazyPage(() =>
  import('../features/today/pages/TodayPage').then((module) => module.TodayPage),
);
const TasksPage = lazyPage(() =>
  import('../features/tasks/pages/TasksPage').then((module) => module.TasksPage),
);
const UsersPage = lazyPage(() =>
  import('../features/users/pages/UsersPage').then((module) => module.UsersPage),
);
const TeamsPage = lazyPage(() =>
  import('../features/teams/pages/TeamsPage').then((module) => module.TeamsPage),
);
const DealerOrgsPage = lazyPage(() =>
  import('../features/dealer-orgs/pages/DealerOrgsPage').then((module) => module.DealerOrgsPage),
);
const ApiKeysPage = lazyPage(() =>
  import('../features/api-keys/pages/ApiKeysPage').then((module) => module.ApiKeysPage),
);
const AuditLogPage = lazyPage(() =>
  import('../features/audit/pages/AuditLogPage').then((module) => module.AuditLogPage),
);
const CustomersPage = lazyPage(() =>
  import('../features/customers/pages/CustomersPage').then((module) => module.CustomersPage),
);
const CustomerDetailPage = lazyPage(() =>
  import('../features/customers/pages/CustomerDetailPage').then(
    (module) => module.CustomerDetailPage,
  ),
);
const RelationshipTypesPage = lazyPage(() =>
  import('../features/relationships/pages/RelationshipTypesPage').then(
    (module) => module.RelationshipTypesPage,
  ),
);
const SegmentsPage = lazyPage(() =>
  import('../features/segments/pages/SegmentsPage').then((module) => module.SegmentsPage),
);
const TagsPage = lazyPage(() =>
  import('../features/tags/pages/TagsPage').then((module) => module.TagsPage),
);
const CustomerImportPage = lazyPage(() =>
  import('../features/imports/pages/CustomerImportPage').then(
    (module) => module.CustomerImportPage,
  ),
);
const LeadsPage = lazyPage(() =>
  import('../features/leads/pages/LeadsPage').then((module) => module.LeadsPage),
);
const LeadImportPage = lazyPage(() =>
  import('../features/imports/pages/LeadImportPage').then((module) => module.LeadImportPage),
);
const LeadDetailPage = lazyPage(() =>
  import('../features/leads/pages/LeadDetailPage').then((module) => module.LeadDetailPage),
);
const DuplicateRulesPage = lazyPage(() =>
  import('../features/settings-duplicate-rules/pages/DuplicateRulesPage').then(
    (module) => module.DuplicateRulesPage,
  ),
);

const CustomFieldsPage = lazyPage(() =>
  import('../features/custom-fields/pages/CustomFieldsPage').then(
    (module) => module.CustomFieldsPage,
  ),
);

const AssignmentRulesPage = lazyPage(() =>
  import('../features/settings-leads/pages/AssignmentRulesPage').then(
    (module) => module.AssignmentRulesPage,
  ),
);
const WebFormsPage = lazyPage(() =>
  import('../features/settings-leads/pages/WebFormsPage').then((module) => module.WebFormsPage),
);
const LeadScoringPage = lazyPage(() =>
  import('../features/settings-leads/pages/LeadScoringPage').then(
    (module) => module.LeadScoringPage,
  ),
);

const page = (
  path: string,
  labelKey: NavLabelKey,
  icon: ComponentType,
  access: RouteAccess,
  component: Page,
): PageRoute => ({ kind: 'page', path, labelKey, icon, access, page: component });

/** The one route table: the router and the sidebar are both built from it. */
export const ROUTE_TABLE: readonly RouteTableEntry[] = [
  // The home page after sign-in for everyone who works on tasks (今日需跟进).
  page('/today', 'nav.today', CalendarOutlined, { action: 'read', subject: 'Task' }, TodayPage),
  page('/tasks', 'nav.tasks', CheckSquareOutlined, { action: 'read', subject: 'Task' }, TasksPage),
  page(
    '/customers',
    'nav.customers',
    IdcardOutlined,
    { action: 'read', subject: 'Customer' },
    CustomersPage,
  ),
  {
    ...page(
      '/customers/import',
      'nav.customerImport',
      IdcardOutlined,
      { action: 'import', subject: 'Customer' },
      CustomerImportPage,
    ),
    hidden: true,
  },
  {
    ...page(
      '/customers/:id',
      'nav.customers',
      IdcardOutlined,
      { action: 'read', subject: 'Customer' },
      CustomerDetailPage,
    ),
    hidden: true,
  },
  page(
    '/segments',
    'nav.segments',
    GroupOutlined,
    { action: 'read', subject: 'Segment' },
    SegmentsPage,
  ),
  page('/leads', 'nav.leads', UserAddOutlined, { action: 'read', subject: 'Lead' }, LeadsPage),
  {
    ...page(
      '/leads/import',
      'nav.leadImport',
      UserAddOutlined,
      { action: 'import', subject: 'Lead' },
      LeadImportPage,
    ),
    hidden: true,
  },
  {
    ...page(
      '/leads/:id',
      'nav.leads',
      UserAddOutlined,
      { action: 'read', subject: 'Lead' },
      LeadDetailPage,
    ),
    hidden: true,
  },
  page(
    '/pipeline',
    'nav.pipeline',
    FunnelPlotOutlined,
    { action: 'read', subject: 'Opportunity' },
    ComingSoon,
  ),
  page(
    '/tickets',
    'nav.tickets',
    CustomerServiceOutlined,
    { action: 'read', subject: 'Ticket' },
    ComingSoon,
  ),
  page('/surveys', 'nav.surveys', SmileOutlined, { action: 'read', subject: 'Survey' }, ComingSoon),
  page(
    '/reports',
    'nav.reports',
    BarChartOutlined,
    { action: 'read', subject: 'Report' },
    ComingSoon,
  ),
  {
    kind: 'group',
    path: '/settings',
    labelKey: 'nav.settings',
    icon: SettingOutlined,
    children: [
      page(
        '/settings/users',
        'nav.users',
        UserOutlined,
        { action: 'read', subject: 'User' },
        UsersPage,
      ),
      page(
        '/settings/teams',
        'nav.teams',
        TeamOutlined,
        { action: 'read', subject: 'Team' },
        TeamsPage,
      ),
      page(
        '/settings/dealer-orgs',
        'nav.dealerOrgs',
        ShopOutlined,
        { action: 'read', subject: 'DealerOrg' },
        DealerOrgsPage,
      ),
      page(
        '/settings/api-keys',
        'nav.apiKeys',
        KeyOutlined,
        { action: 'read', subject: 'ApiKey' },
        ApiKeysPage,
      ),
      page(
        '/settings/audit',
        'nav.audit',
        AuditOutlined,
        { action: 'read', subject: 'AuditEntry' },
        AuditLogPage,
      ),
      page(
        '/settings/duplicate-rules',
        'nav.duplicateRules',
        CopyOutlined,
        { action: 'read', subject: 'Settings' },
        DuplicateRulesPage,
      ),
      page(
        '/settings/custom-fields',
        'nav.customFields',
        DatabaseOutlined,
        { action: 'update', subject: 'CustomFieldDefinition' },
        CustomFieldsPage,
      ),
      page(
        '/settings/tags',
        'nav.tags',
        TagsOutlined,
        { action: 'update', subject: 'Tag' },
        TagsPage,
      ),
      page(
        '/settings/relationship-types',
        'nav.relationshipTypes',
        ApartmentOutlined,
        { action: 'read', subject: 'RelationshipType' },
        RelationshipTypesPage,
      ),
      page(
        '/settings/lead-assignment-rules',
        'nav.leadAssignmentRules',
        BranchesOutlined,
        { action: 'read', subject: 'Settings' },
        AssignmentRulesPage,
      ),
      page(
        '/settings/web-forms',
        'nav.webForms',
        FormOutlined,
        { action: 'read', subject: 'Settings' },
        WebFormsPage,
      ),
      page(
        '/settings/lead-scoring',
        'nav.leadScoring',
        StarOutlined,
        { action: 'read', subject: 'Settings' },
        LeadScoringPage,
      ),
    ],
  },
];

/** The part of the route table the user's rules allow, for the sidebar. */
export function allowedRouteTable(ability: AppAbility): RouteTableEntry[] {
  const listed = (route: PageRoute) => !route.hidden && canAccess(ability, route.access);
  return ROUTE_TABLE.flatMap((entry): RouteTableEntry[] => {
    if (entry.kind === 'page') return listed(entry) ? [entry] : [];
    const children = entry.children.filter(listed);
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

export function firstAllowedPath(entries: readonly RouteTableEntry[]): string | null {
  const first = entries[0];
  if (!first) return null;
  return first.kind === 'page' ? first.path : (first.children[0]?.path ?? null);
}
