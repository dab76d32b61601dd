import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { AuditedWrites } from '../database/audited-writes.repository';
import { TransactionRunner } from '../database/transaction-runner';
import { DealerOrg } from '../dealer-orgs/entities/dealer-org.entity';
import { Team } from '../teams/entities/team.entity';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_DEALER, DEMO_PASSWORD, DEMO_TEAMS } from './demo-accounts';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DEMO_CUSTOM_FIELDS } from './demo-custom-fields';
import { DemoLeadSeeder } from './demo-leads';

/**
 * Fills an empty database with the demo teams, dealer, one account per role, custom
 * fields, customers and leads.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly writes: AuditedWrites,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly demoCustomers: DemoCustomerSeeder,
    private readonly demoLeads: DemoLeadSeeder,
    private readonly customFields: CustomFieldsService,
  ) {}

  async seedIfEmpty(): Promise<void> {
    if (await this.users.anyUserExists()) return;
    const teamIds = new Map<string, string>();
    for (const team of DEMO_TEAMS) {
      const created = await this.writes.create(
        null,
        { entity: Team, auditName: 'team', fields: ['name'] },
        { ...team },
      );
      teamIds.set(team.name, created.id);
    }
    const dealer = await this.writes.create(
      null,
      { entity: DealerOrg, auditName: 'dealer-org', fields: ['name'] },
      DEMO_DEALER,
    );
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const userIds = new Map<string, string>();
    await this.transactions.run(async (manager) => {
      for (const account of DEMO_ACCOUNTS) {
        const teamId = account.team ? teamIds.get(account.team) : undefined;
        const user = await this.users.insert(
          manager,
          {
            email: account.email,
            name: account.name,
            passwordHash,
            roles: account.roles,
            locale: null,
            dealerOrgId: account.dealer ? dealer.id : null,
            active: true,
          },
          teamId ? [teamId] : [],
        );
        userIds.set(account.email, user.id);
        await this.audit.record(manager, null, {
          entity: 'user',
          entityId: user.id,
          action: 'create',
          after: { email: user.email, roles: user.roles },
          fields: ['email', 'roles'],
        });
      }
    });

    const user = (email: string) => userIds.get(email) ?? '';
    const east = teamIds.get('East') ?? null;
    const owners = {
      rep1: user('rep1@kehu.local'),
      rep2: user('rep2@kehu.local'),
      rep3: user('rep3@kehu.local'),
      manager: user('manager@kehu.local'),
      partner: user('partner@kehu.local'),
      teamOf: {
        rep1: east,
        rep2: east,
        rep3: teamIds.get('West') ?? null,
        manager: east,
        partner: null,
      },
      dealerOrgId: dealer.id,
    };
    for (const field of DEMO_CUSTOM_FIELDS) await this.customFields.create(null, field);
    await this.demoCustomers.seed(owners);
    await this.demoLeads.seed(owners);
    this.logger.log(
      `Demo data loaded: sign in as admin@kehu.local with the password ${DEMO_PASSWORD}`,
    );
  }
}
