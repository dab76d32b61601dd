import type { Role } from '@kehu/domain';

export const DEMO_PASSWORD = 'kehu-demo';

export const DEMO_TEAMS = [
  { name: 'East', description: '华东销售团队' },
  { name: 'West', description: '华西销售团队' },
] as const;

export const DEMO_DEALER = {
  name: 'Delta Dealer',
  region: '华南',
  phone: '+86 20 5555 0188',
  contactEmail: 'sales@delta-dealer.example',
};

interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  team?: (typeof DEMO_TEAMS)[number]['name'];
  dealer?: boolean;
}

/** One account per role, as api.md lists them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@kehu.local', name: '管理员', roles: ['admin'] },
  {
    email: 'manager@kehu.local',
    name: '王经理',
    roles: ['sales_manager'],
    team: 'East',
  },
  {
    email: 'rep1@kehu.local',
    name: '李明',
    roles: ['sales_rep'],
    team: 'East',
  },
  {
    email: 'rep2@kehu.local',
    name: '张伟',
    roles: ['sales_rep'],
    team: 'East',
  },
  {
    email: 'rep3@kehu.local',
    name: '陈静',
    roles: ['sales_rep'],
    team: 'West',
  },
  {
    email: 'partner@kehu.local',
    name: '刘强',
    roles: ['channel_partner'],
    dealer: true,
  },
  {
    email: 'agent@kehu.local',
    name: '赵敏',
    roles: ['service_agent'],
  },
  {
    email: 'marketer@kehu.local',
    name: '周艾玛',
    roles: ['marketer'],
  },
  { email: 'viewer@kehu.local', name: '访客', roles: ['viewer'] },
];
