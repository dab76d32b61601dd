import { Injectable, Logger } from '@nestjs/common';
import {
  CUSTOM_FIELD_DUPLICATE_TYPES,
  customFieldDuplicateKey,
  type CustomFieldDuplicateRule,
  DEFAULT_DUPLICATE_RULES,
  type DuplicateRule,
  validateCustomFieldDuplicateRules,
  validateDuplicateRules,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthContext } from '../../authz/auth-context';
import { ConflictError, ValidationError } from '../../common/errors/app-error';
import { CustomFieldsService } from '../../custom-fields/custom-fields.service';
import { isUniqueViolation } from '../../database/database-errors';
import { TransactionRunner } from '../../database/transaction-runner';
import { SettingsRepository } from '../../settings/settings.repository';
import { KEYED_FIELDS, type KeyedField } from '../entities/customer-key.entity';
import { customFieldKeyValue } from './custom-field-keys';

const SETTING_KEY = 'duplicate-rules';
const CUSTOM_FIELD_SETTING_KEY = 'custom-field-duplicate-rules';
/** Serializes the rewrites of custom field keys across API processes. */
const KEY_SYNC_LOCK = 'customer_keys:custom-fields';
const BACKFILL_BATCH = 5000;

/**
 * The rules as every write path applies them: the built-in fields' rules, and the rules
 * on custom fields that are live and of a comparable type (a rule on a deleted field, or
 * on one changed to a type that cannot be compared, stops applying).
 */
export interface DuplicateRuleSet {
  rules: DuplicateRule[];
  customFields: CustomFieldDuplicateRule[];
}

/** The built-in defaults, with no custom field rules (the demo data's keys). */
export const DEFAULT_DUPLICATE_RULE_SET: DuplicateRuleSet = {
  rules: [...DEFAULT_DUPLICATE_RULES],
  customFields: [],
};

/**
 * The stored custom field rules, and the fields whose keys customer_keys holds now
 * (those of the rules in force when they were last brought in line).
 */
interface CustomFieldRulesSetting {
  rules: CustomFieldDuplicateRule[];
  keyed: string[];
}

const keyedField = (key: string): KeyedField => `cf.${key}`;

/** The admin-configured duplicate rules (查重规则), defaults until changed. */
@Injectable()
export class DuplicateRulesService {
  private readonly logger = new Logger(DuplicateRulesService.name);
  /** The background sync of custom field keys under way in this process, if any. */
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly customFields: CustomFieldsService,
  ) {}

  /**
   * The rules in force, as every write path stores keys by them and checks them. When a
   * field with a rule was deleted, restored or changed type since the keys were last
   * written, its keys are brought in line (removed, or written for every live customer)
   * in the background — callers may be inside a transaction of their own, and must not
   * wait for a second connection — and a rule applies once its field's keys are there.
   */
  async current(): Promise<DuplicateRuleSet> {
    const [setting, stored, inForce] = await Promise.all([
      this.settings.find(SETTING_KEY),
      this.storedCustomFieldRules(),
      this.inForce(),
    ]);
    const customFields = inForce(stored.rules);
    if (!sameKeys(stored.keyed, keyedKeys(customFields))) this.syncSoon();
    return {
      rules: setting ? (setting.value as DuplicateRule[]) : [...DEFAULT_DUPLICATE_RULES],
      customFields: customFields.filter(
        (rule) => rule.mode === 'off' || stored.keyed.includes(rule.key),
      ),
    };
  }

  /** The custom field rules as stored, those not in force included (the settings page). */
  async customFieldRules(): Promise<CustomFieldDuplicateRule[]> {
    return (await this.storedCustomFieldRules()).rules;
  }

  /** The exact-match fields whose rule blocks: their keys are held unique. */
  static blockingFields(set: DuplicateRuleSet): KeyedField[] {
    return [
      ...KEYED_FIELDS.filter((field) =>
        set.rules.some((rule) => rule.field === field && rule.mode === 'block'),
      ),
      ...set.customFields
        .filter((rule) => rule.mode === 'block')
        .map((rule) => keyedField(rule.key)),
    ];
  }

  /**
   * Replaces the rules (the custom field ones too when given). Making a field blocking
   * re-marks every stored key, and a custom field newly given a rule has its keys written
   * for every live customer; if existing customers already share a value of a field made
   * blocking, the unique index refuses and nothing changes.
   */
  async replace(
    auth: AuthContext,
    rules: DuplicateRule[],
    customFieldRules?: CustomFieldDuplicateRule[],
  ): Promise<DuplicateRuleSet & { customFieldRules: CustomFieldDuplicateRule[] }> {
    const errors = validateDuplicateRules(rules).map((message) => ({ field: 'rules', message }));
    const fields = await this.customFields.liveDefinitions('customer');
    if (customFieldRules !== undefined)
      errors.push(
        ...validateCustomFieldDuplicateRules(customFieldRules, fields).map((message) => ({
          field: 'customFieldRules',
          message,
        })),
      );
    if (errors.length > 0) throw new ValidationError(errors);
    const before = await this.current();
    const storedBefore = await this.customFieldRules();
    const nextCustomFieldRules = customFieldRules ?? storedBefore;
    try {
      await this.transactions.run(async (manager) => {
        await this.lockKeys(manager);
        await this.settings.save(manager, SETTING_KEY, rules, auth.actor.id);
        await this.writeCustomFieldKeys(manager, nextCustomFieldRules, rules, auth.actor.id, {
          strict: true,
        });
        await this.audit.record(manager, auth, {
          entity: 'setting',
          entityId: '00000000-0000-0000-0000-000000000001',
          action: 'update',
          before: { rules: before.rules, customFieldRules: storedBefore },
          after: { rules, customFieldRules: nextCustomFieldRules },
          fields: ['rules', 'customFieldRules'],
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
    const set = await this.current();
    return { ...set, customFieldRules: await this.customFieldRules() };
  }

  private syncSoon(): void {
    if (this.syncing) return;
    this.syncing = this.syncKeys()
      .catch((error: unknown) => this.logger.error(`custom field duplicate keys: ${String(error)}`))
      .finally(() => {
        this.syncing = null;
      });
  }

  /** Brings the custom field keys in line with the rules in force, under the lock. */
  private async syncKeys(): Promise<void> {
    try {
      await this.transactions.run(async (manager) => {
        await this.lockKeys(manager);
        const stored = await this.storedCustomFieldRules(manager);
        const setting = await this.settings.find(SETTING_KEY, manager);
        const rules = setting ? (setting.value as DuplicateRule[]) : [...DEFAULT_DUPLICATE_RULES];
        await this.writeCustomFieldKeys(manager, stored.rules, rules, null, { strict: false });
      });
    } catch (error) {
      // Another process brought them in line first.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /**
   * Stores the custom field rules, removes the keys of fields no longer keyed, writes the
   * keys of fields newly keyed, and marks every key blocking or not by the rules. `strict`
   * (an admin's change) refuses when customers already share a value of a blocking field;
   * otherwise (a field restored after customers came to share a value while it was
   * deleted, which only a customer's restore can do) the first one keeps the key.
   */
  private async writeCustomFieldKeys(
    manager: EntityManager,
    customFieldRules: CustomFieldDuplicateRule[],
    rules: DuplicateRule[],
    actorId: string | null,
    options: { strict: boolean },
  ): Promise<void> {
    const stored = await this.storedCustomFieldRules(manager);
    const inForce = (await this.inForce())(customFieldRules);
    const keyed = keyedKeys(inForce);
    const blocking = DuplicateRulesService.blockingFields({ rules, customFields: inForce });
    await manager.query(
      `DELETE FROM customer_keys WHERE field LIKE 'cf.%' AND field <> ALL($1::varchar[])`,
      [keyed.map(keyedField)],
    );
    for (const key of keyed.filter((field) => !stored.keyed.includes(field)))
      await this.backfill(manager, key, blocking.includes(keyedField(key)), options.strict);
    await manager.query(
      'UPDATE customer_keys SET blocking = (field = ANY($1::varchar[])) WHERE blocking <> (field = ANY($1::varchar[]))',
      [blocking],
    );
    const setting: CustomFieldRulesSetting = { rules: customFieldRules, keyed };
    await this.settings.save(manager, CUSTOM_FIELD_SETTING_KEY, setting, actorId);
  }

  /** Writes one custom field's keys for every live customer with a value. */
  private async backfill(
    manager: EntityManager,
    key: string,
    blocking: boolean,
    strict: boolean,
  ): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; value: unknown }> = await manager.query(
        `SELECT id, custom_fields -> $1 AS value FROM customers
          WHERE deleted_at IS NULL AND custom_fields ? $1 AND id > $2::uuid
          ORDER BY id LIMIT $3`,
        [key, after, BACKFILL_BATCH],
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      const keys = rows.flatMap((row) => {
        const value = customFieldDuplicateKey(row.value);
        return value === null ? [] : [{ id: row.id, value: customFieldKeyValue(value) }];
      });
      await manager.query(
        `INSERT INTO customer_keys (customer_id, field, value, blocking)
         SELECT id, $1, value, $2 FROM unnest($3::uuid[], $4::varchar[]) AS k(id, value)
         ${strict ? '' : 'ON CONFLICT DO NOTHING'}`,
        [keyedField(key), blocking, keys.map((row) => row.id), keys.map((row) => row.value)],
      );
    }
  }

  private async lockKeys(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [KEY_SYNC_LOCK]);
  }

  private async storedCustomFieldRules(manager?: EntityManager): Promise<CustomFieldRulesSetting> {
    const setting = await this.settings.find(CUSTOM_FIELD_SETTING_KEY, manager);
    return setting ? (setting.value as CustomFieldRulesSetting) : { rules: [], keyed: [] };
  }

  /** Filters custom field rules to those in force: on live customer fields of a comparable type. */
  private async inForce(): Promise<
    (rules: readonly CustomFieldDuplicateRule[]) => CustomFieldDuplicateRule[]
  > {
    const live = await this.customFields.liveDefinitions('customer');
    return (rules) =>
      rules.filter((rule) =>
        live.some(
          (field) => field.key === rule.key && CUSTOM_FIELD_DUPLICATE_TYPES.includes(field.type),
        ),
      );
  }
}

/** The fields whose keys are stored: those with a rule that is not off. */
function keyedKeys(rules: readonly CustomFieldDuplicateRule[]): string[] {
  return rules
    .filter((rule) => rule.mode !== 'off')
    .map((rule) => rule.key)
    .sort();
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((key, index) => key === b[index]);
}
