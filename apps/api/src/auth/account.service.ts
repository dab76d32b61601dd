import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { defineRulesFor, passwordWeakness } from '@kehu/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import {
  ConflictError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../common/errors/app-error';
import { sha256 } from '../common/crypto/sha256';
import { RateLimitRepository } from '../common/rate-limit/rate-limit.repository';
import { updateVersioned } from '../common/versioning/versioned-update';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Mailer } from '../mail/mailer.service';
import { toUserResponse } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { AuthRepository } from './auth.repository';
import type { ClientInfo } from './auth.service';
import type {
  ChangePasswordRequest,
  PasswordResetConfirmRequest,
  UpdateProfileRequest,
} from './dto/account.dto';
import type { MeResponse } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsRepository } from './sessions.repository';

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_SECONDS = 30 * 60;
/** Reset requests per client address, and mails per account, in one window. */
const RESET_MAX_PER_ADDRESS = 10;
const RESET_MAX_MAILS_PER_ACCOUNT = 3;
const RESET_WINDOW_SECONDS = 60 * 60;

export const PASSWORD_RESET_ACCEPTED =
  'If an account has this email, a mail with a reset link is on its way.';

const PROFILE_FIELDS = ['name', 'locale'];
const PASSWORD_FIELDS = ['passwordHash'];

/** A signed-in user's own profile and password, and password reset by mail. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    private readonly users: UsersService,
    private readonly authUsers: AuthRepository,
    private readonly sessions: SessionsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly buckets: RateLimitRepository,
    private readonly mailer: Mailer,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async updateProfile(auth: AuthContext, request: UpdateProfileRequest): Promise<MeResponse> {
    const current = await this.signedInUser(auth);
    const changes: Partial<Pick<User, 'name' | 'locale'>> = {};
    if (request.name !== undefined) {
      const name = request.name.trim();
      if (name === '') throw ValidationError.field('name', 'must not be blank');
      changes.name = name;
    }
    if (request.locale !== undefined) changes.locale = request.locale;
    if (Object.keys(changes).length > 0) {
      await this.transactions.run(async (manager) => {
        await updateVersioned(manager, User, current.id, current.version, changes);
        await this.audit.record(manager, auth, {
          entity: 'user',
          entityId: current.id,
          action: 'update',
          before: { ...current },
          after: { ...current, ...changes },
          fields: PROFILE_FIELDS,
        });
      });
    }
    const user = await this.signedInUser(auth);
    return { user: toUserResponse(user), rules: defineRulesFor(auth.principal) };
  }

  /**
   * Needs the current password (wrong guesses count as failed sign-ins); the new one
   * follows the policy of user creation. Every other session of the user ends.
   */
  async changePassword(
    auth: AuthContext,
    request: ChangePasswordRequest,
    client: ClientInfo,
  ): Promise<void> {
    const current = await this.signedInUser(auth);
    await this.throttle.assertAllowed(current.email, client.ipAddress);
    if (!(await this.hasher.verify(current.passwordHash, request.currentPassword))) {
      await this.throttle.recordFailure(current.email, client.ipAddress);
      throw ValidationError.field('currentPassword', 'is wrong');
    }
    this.assertStrong(request.newPassword, current.email);
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, User, current.id, current.version, { passwordHash });
      await this.sessions.revokeOtherSessionsOf(
        manager,
        current.id,
        auth.sessionId ?? null,
        'password-changed',
      );
      await this.resets.invalidateAllOf(manager, current.id);
      await this.audit.record(manager, auth, {
        entity: 'user',
        entityId: current.id,
        action: 'update',
        before: { ...current },
        after: { ...current, passwordHash },
        fields: PASSWORD_FIELDS,
        secretFields: PASSWORD_FIELDS,
      });
    });
  }

  /**
   * Mails a single-use reset link to an active account with this email. The answer is
   * the same whether or not one exists, and the mail goes out after the answer, so its
   * timing tells nothing either. Without SMTP an administrator resets passwords (409).
   */
  async requestReset(emailInput: string, client: ClientInfo): Promise<void> {
    if (!this.mailer.enabled) {
      throw new ConflictError(
        'Password reset by mail is not available here. Ask an administrator to reset your password.',
      );
    }
    const byAddress = await this.buckets.hit(
      `password-reset:address:${client.ipAddress}`,
      RESET_WINDOW_SECONDS,
    );
    if (byAddress.hits > RESET_MAX_PER_ADDRESS) {
      throw new RateLimitedError(
        (byAddress.resetAt.getTime() - Date.now()) / 1000,
        'Too many password reset requests. Wait a while and try again.',
      );
    }
    const email = emailInput.trim().toLowerCase();
    const user = await this.authUsers.findUserForLogin(email);
    if (!user || !user.active) return;
    const byAccount = await this.buckets.hit(
      `password-reset:account:${user.id}`,
      RESET_WINDOW_SECONDS,
    );
    if (byAccount.hits > RESET_MAX_MAILS_PER_ACCOUNT) return;

    const token = randomBytes(32).toString('base64url');
    await this.transactions.run((manager) =>
      this.resets.issue(manager, user.id, sha256(token), PASSWORD_RESET_TTL_SECONDS),
    );
    void this.mailer
      .send({
        to: user.email,
        subject: 'Kehu CRM 重置密码 / Reset your password',
        text: this.resetMail(token),
      })
      .catch((error: unknown) =>
        this.logger.warn(`password reset mail to user ${user.id} failed: ${String(error)}`),
      );
  }

  /** Sets the new password with a live token, uses the token up and ends every session. */
  async confirmReset(request: PasswordResetConfirmRequest): Promise<void> {
    const invalid = ValidationError.field(
      'token',
      'is invalid, used or expired; request a new reset mail',
    );
    await this.transactions.run(async (manager) => {
      const userId = await this.resets.consume(manager, sha256(request.token.trim()));
      if (userId === null) throw invalid;
      const user = await manager.findOne(User, { where: { id: userId, active: true } });
      if (!user) throw invalid;
      this.assertStrong(request.newPassword, user.email);
      const passwordHash = await this.hasher.hash(request.newPassword);
      await updateVersioned(manager, User, user.id, user.version, { passwordHash });
      await this.resets.invalidateAllOf(manager, user.id);
      await this.sessions.revokeAllSessionsOf(manager, user.id, 'password-reset');
      await this.audit.record(manager, null, {
        entity: 'user',
        entityId: user.id,
        action: 'update',
        before: { ...user },
        after: { ...user, passwordHash },
        fields: PASSWORD_FIELDS,
        secretFields: PASSWORD_FIELDS,
      });
    });
  }

  private resetMail(token: string): string {
    const minutes = PASSWORD_RESET_TTL_SECONDS / 60;
    const link = this.config.publicUrl
      ? `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`
      : null;
    return [
      `有人（希望是您）申请重置 Kehu CRM 密码。${minutes} 分钟内有效，仅可使用一次。`,
      `Someone (hopefully you) asked to reset your Kehu CRM password. It works once, within ${minutes} minutes.`,
      '',
      ...(link ? [link, ''] : []),
      `重置码 / Reset code: ${token}`,
      '',
      '如果不是您本人操作，请忽略此邮件。 / If this was not you, ignore this mail.',
    ].join('\n');
  }

  private assertStrong(password: string, email: string): void {
    const weakness = passwordWeakness(password, email);
    if (weakness) throw ValidationError.field('newPassword', weakness);
  }

  private async signedInUser(auth: AuthContext): Promise<User> {
    const user =
      auth.principal.kind === 'user' ? await this.users.findActive(auth.principal.id) : null;
    if (!user) throw new UnauthenticatedError('Only a signed-in user has a profile.');
    return user;
  }
}
