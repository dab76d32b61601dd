import { Injectable, Logger } from '@nestjs/common';
import { passwordWeakness } from '@kehu/domain';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { PasswordHasher } from './password-hasher';
import { UsersRepository } from './users.repository';

export interface FirstAdminRequest {
  email: string;
  password: string;
  name: string;
}

/**
 * Production's first administrator, from `npm run admin:create` or from the
 * KEHU_ADMIN_EMAIL / KEHU_ADMIN_PASSWORD environment variables at start-up.
 */
@Injectable()
export class FirstAdmin {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Creates the admin; refuses a weak password or an email that is taken. */
  async create(request: FirstAdminRequest): Promise<void> {
    const email = request.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw new Error(`"${request.email}" is not an email address`);
    const weakness = passwordWeakness(request.password, email);
    if (weakness) throw new Error(`The password ${weakness}`);
    if (await this.users.emailInUse(email))
      throw new Error(`A user with the email ${email} already exists`);
    const passwordHash = await this.hasher.hash(request.password);
    await this.transactions.run(async (manager) => {
      const user = await this.users.insert(
        manager,
        {
          email,
          name: request.name,
          passwordHash,
          roles: ['admin'],
          locale: null,
          dealerOrgId: null,
          active: true,
        },
        [],
      );
      await this.audit.record(manager, null, {
        entity: 'user',
        entityId: user.id,
        action: 'create',
        after: { email, roles: ['admin'] },
        fields: ['email', 'roles'],
      });
    });
    this.logger.log(`Created the admin ${email}`);
  }

  /** At start-up: only into an empty database, so a restart never re-creates anyone. */
  async createFromEnvironmentIfEmpty(env: NodeJS.ProcessEnv): Promise<void> {
    const email = env.KEHU_ADMIN_EMAIL;
    const password = env.KEHU_ADMIN_PASSWORD;
    if (!email || !password || (await this.users.count()) > 0) return;
    try {
      await this.create({ email, password, name: env.KEHU_ADMIN_NAME || 'Administrator' });
    } catch (error) {
      // Replicas starting together race to create the admin; the unique email index
      // lets exactly one win, and the others find the work done.
      if (isUniqueViolation(error) || (await this.users.emailInUse(email.trim().toLowerCase())))
        return;
      throw error;
    }
  }
}
