import { Injectable } from '@nestjs/common';
import { DEFAULT_DUPLICATE_RULES, type DuplicateRule, validateDuplicateRules } from '@kehu/domain';
import { AuditService } from '../../audit/audit.service';
import type { AuthContext } from '../../authz/auth-context';
import { ConflictError, ValidationError } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../database/database-errors';
import { TransactionRunner } from '../../database/transaction-runner';
import { SettingsRepository } from '../../settings/settings.repository';
import { KEYED_FIELDS, type KeyedField } from '../entities/customer-key.entity';

const SETTING_KEY = 'duplicate-rules';

/** The admin-configured duplicate rules (查重规则), defaults until changed. */
@Injectable()
export class DuplicateRulesService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<DuplicateRule[]> {
    const setting = await this.settings.find(SETTING_KEY);
    return setting ? (setting.value as DuplicateRule[]) : [...DEFAULT_DUPLICATE_RULES];
  }

  /** The exact-match fields whose rule blocks: their keys are held unique. */
  static blockingFields(rules: readonly DuplicateRule[]): KeyedField[] {
    return KEYED_FIELDS.filter((field) =>
      rules.some((rule) => rule.field === field && rule.mode === 'block'),
    );
  }

  /**
   * Replaces the rules. Making a field blocking re-marks every stored key; if existing
   * customers already share a value, the unique index refuses and nothing changes.
   */
  async replace(auth: AuthContext, rules: DuplicateRule[]): Promise<DuplicateRule[]> {
    const errors = validateDuplicateRules(rules);
    if (errors.length > 0)
      throw new ValidationError(errors.map((message) => ({ field: 'rules', message })));
    const before = await this.current();
    const blocking = DuplicateRulesService.blockingFields(rules);
    try {
      await this.transactions.run(async (manager) => {
        await this.settings.save(manager, SETTING_KEY, rules, auth.actor.id);
        await manager.query('UPDATE customer_keys SET blocking = (field = ANY($1::varchar[]))', [
          blocking,
        ]);
        await this.audit.record(manager, auth, {
          entity: 'setting',
          entityId: '00000000-0000-0000-0000-000000000001',
          action: 'update',
          before: { rules: before },
          after: { rules },
          fields: ['rules'],
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          'Existing customers already share a value of a field you made blocking. Merge those duplicates first.',
        );
      }
      throw error;
    }
    return rules;
  }
}
