import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  asSubject,
  CUSTOMER_MERGEABLE_FIELDS,
  type CustomFieldValue,
  customFieldEditableBy,
  customFieldKeyOfReference,
  customFieldVisibleTo,
  type MergeChoice,
  mergeCustomerFields,
  validateCustomFieldValues,
} from '@kehu/domain';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../../audit/audit.service';
import type { AuthContext } from '../../authz/auth-context';
import { ForbiddenError, ValidationError } from '../../common/errors/app-error';
import { CustomFieldsService } from '../../custom-fields/custom-fields.service';
import { assertVersion, updateVersioned } from '../../common/versioning/versioned-update';
import { TransactionRunner } from '../../database/transaction-runner';
import { TimelineService } from '../../timeline/timeline.service';
import { CustomersRepository } from '../customers.repository';
import { CustomersService } from '../customers.service';
import { formatCustomerNumber } from '../dto/customer.dto';
import type { MergeCustomersRequest } from '../dto/merge-customers.dto';
import { keyRows, keysOf } from '../duplicates/duplicate-check.service';
import { DuplicateRulesService } from '../duplicates/duplicate-rules.service';
import { Customer } from '../entities/customer.entity';
import { CustomerMergeSteps } from './customer-merge-steps';

/** The master-data fields a merge decides between: the catalogue's mergeable fields. */
export const MERGEABLE_FIELDS: readonly string[] = CUSTOMER_MERGEABLE_FIELDS;

/**
 * Merges a duplicate into a surviving customer in one transaction: fields by choice,
 * every reference from other modules moved, the duplicate soft-deleted and pointing to
 * the survivor. Audited on both records.
 */
@Injectable()
export class CustomerMergeService implements OnModuleInit {
  constructor(
    private readonly customers: CustomersService,
    private readonly repository: CustomersRepository,
    private readonly rules: DuplicateRulesService,
    private readonly steps: CustomerMergeSteps,
    private readonly timeline: TimelineService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly customFields: CustomFieldsService,
  ) {}

  onModuleInit(): void {
    this.steps.register('timeline', (manager, sourceId, targetId) =>
      this.timeline.moveSubject(manager, 'customer', sourceId, targetId),
    );
  }

  async merge(
    auth: AuthContext,
    targetId: string,
    ifMatch: number | undefined,
    request: MergeCustomersRequest,
  ) {
    if (request.sourceId === targetId)
      throw ValidationError.field('sourceId', 'must be another customer');
    const { fields: choices, customFields: customChoices } = this.parseChoices(
      request.fields ?? {},
    );
    const [target, source] = await Promise.all([
      this.customers.findReadable(auth, targetId),
      this.customers.findReadable(auth, request.sourceId),
    ]);
    for (const record of [target, source]) {
      if (!auth.ability.can('merge', asSubject('Customer', { ...record })))
        throw new ForbiddenError();
    }
    if (target.kind !== source.kind)
      throw ValidationError.field('sourceId', `must be a ${target.kind} too`);
    assertVersion(target.version, ifMatch);

    const merged = {
      ...mergeCustomerFields({ ...target }, { ...source }, MERGEABLE_FIELDS, choices),
      customFields: await this.mergedCustomFields(auth, target, source, customChoices),
    };
    const rules = await this.rules.current();
    const keys = keysOf({ ...target, ...merged });
    await this.transactions.run(async (manager) => {
      await this.repository.deleteKeys(manager, source.id);
      await updateVersioned(manager, Customer, source.id, source.version, {
        deletedAt: () => 'now()',
        mergedIntoId: target.id,
      });
      await updateVersioned(manager, Customer, target.id, target.version, {
        ...(merged as QueryDeepPartialEntity<Customer>),
        nameKey: keys.nameKey,
      });
      await this.repository.replaceKeys(manager, target.id, keyRows(keys, rules));
      await this.steps.runAll(manager, source.id, target.id);
      await this.timeline.record(manager, auth, [
        {
          subjectType: 'customer',
          subjectId: target.id,
          kind: 'merged',
          summary: `${formatCustomerNumber(source.number)} ${source.name}`,
          details: { sourceId: source.id, sourceNumber: formatCustomerNumber(source.number) },
        },
      ]);
      await this.audit.recordMany(manager, auth, [
        {
          entity: 'customer',
          entityId: target.id,
          action: 'merge',
          before: { ...target },
          after: { ...target, ...merged, mergedFromId: source.id },
          fields: [...MERGEABLE_FIELDS, 'customFields', 'mergedFromId'],
        },
        {
          entity: 'customer',
          entityId: source.id,
          action: 'merge',
          before: { mergedIntoId: null },
          after: { mergedIntoId: target.id },
          fields: ['mergedIntoId'],
        },
      ]);
    });
    return this.customers.get(auth, target.id);
  }

  /**
   * The survivor's custom field values: per field the chosen record's value, else the
   * survivor's, else the other's. Only fields the caller sees and may change can be
   * chosen (a hidden one answers as an unknown field); the others follow the default
   * rule. Checked by the domain's one validation against the live fields of the kind.
   */
  private async mergedCustomFields(
    auth: AuthContext,
    target: Customer,
    source: Customer,
    choices: Record<string, MergeChoice>,
  ): Promise<Record<string, CustomFieldValue>> {
    const roles = auth.principal.roles;
    const live = await this.customFields.liveDefinitions('customer', target.kind);
    const errors = [];
    const readOnly = [];
    for (const key of Object.keys(choices)) {
      const field = live.find((definition) => definition.key === key);
      if (!field || !customFieldVisibleTo(field, roles))
        errors.push({ field: `fields.cf.${key}`, message: `cf.${key} cannot be merged` });
      else if (!customFieldEditableBy(field, roles)) readOnly.push(`cf.${key}`);
    }
    if (errors.length > 0) throw new ValidationError(errors);
    if (readOnly.length > 0) throw new ForbiddenError(`You may not set: ${readOnly.join(', ')}.`);
    // Deleted fields' values follow the default rule too, to come back on a restore.
    const merged: Record<string, CustomFieldValue> = {
      ...source.customFields,
      ...target.customFields,
    };
    for (const [key, choice] of Object.entries(choices)) {
      const chosen = (choice === 'source' ? source : target).customFields[key];
      if (chosen === undefined) delete merged[key];
      else merged[key] = chosen;
    }
    const liveValues = Object.fromEntries(
      Object.entries(merged).filter(([key]) => live.some((field) => field.key === key)),
    );
    const checked = validateCustomFieldValues(live, liveValues, {
      mode: 'update',
      previous: liveValues,
    });
    if (checked.problems.length > 0)
      throw new ValidationError(
        checked.problems.map((problem) => ({
          field: problem.key === '' ? 'fields' : `fields.cf.${problem.key}`,
          message: problem.message,
        })),
      );
    return merged;
  }

  /** The choices of record fields, and of custom fields (`cf.<key>`) by key. */
  private parseChoices(fields: Record<string, string>): {
    fields: Record<string, MergeChoice>;
    customFields: Record<string, MergeChoice>;
  } {
    const errors = Object.entries(fields).flatMap(([field, choice]) => {
      if (!MERGEABLE_FIELDS.includes(field) && customFieldKeyOfReference(field) === null)
        return [{ field: `fields.${field}`, message: `${field} cannot be merged` }];
      if (choice !== 'target' && choice !== 'source') {
        return [{ field: `fields.${field}`, message: `${field} must be "target" or "source"` }];
      }
      return [];
    });
    if (errors.length > 0) throw new ValidationError(errors);
    const choices = Object.entries(fields as Record<string, MergeChoice>);
    return {
      fields: Object.fromEntries(
        choices.filter(([field]) => customFieldKeyOfReference(field) === null),
      ),
      customFields: Object.fromEntries(
        choices.flatMap(([field, choice]) => {
          const key = customFieldKeyOfReference(field);
          return key === null ? [] : [[key, choice]];
        }),
      ),
    };
  }
}
