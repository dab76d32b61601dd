import { Inject, Injectable } from '@nestjs/common';
import {
  convertCustomFieldValue,
  convertedCustomerOwnership,
  type CustomFieldValue,
  leadConversionRefusal,
  validateCustomFieldValues,
  withOnePrimary,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, ForbiddenError, ValidationError } from '../common/errors/app-error';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { Contact } from '../contacts/entities/contact.entity';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { type NewCustomer, CustomerWriter } from '../customers/customer-writer';
import { CustomersService } from '../customers/customers.service';
import {
  type DuplicateDraft,
  DuplicateCheckService,
} from '../customers/duplicates/duplicate-check.service';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { TimelineService } from '../timeline/timeline.service';
import type { ConvertLeadRequest, ConvertLeadResponse } from './dto/convert-lead.dto';
import { formatLeadNumber } from './dto/lead.dto';
import { Lead } from './entities/lead.entity';
import { LEAD_CONVERTED_HANDLERS, type LeadConvertedHandler } from './lead-converted.hook';
import { LeadsService } from './leads.service';

interface NewCustomerOfLead {
  draft: DuplicateDraft & { name: string };
  region: string | null;
  /** Checked by the domain's validation: carried over, given, and defaults. */
  customFields?: Record<string, CustomFieldValue>;
}

/**
 * Converts a lead into a customer (线索转化), atomically: the customers' duplicate check
 * first (409 with candidates unless linking or acknowledging), then in one transaction
 * the company or person (+ the person as a contact of the company), the lead's history
 * copied to the customer's timeline, the lead marked converted with the link, and the
 * "lead converted" handlers. Any failure leaves nothing behind.
 */
@Injectable()
export class LeadConversionService {
  constructor(
    private readonly leads: LeadsService,
    private readonly customers: CustomersService,
    private readonly duplicates: DuplicateCheckService,
    private readonly writer: CustomerWriter,
    private readonly transactions: TransactionRunner,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly customFields: CustomFieldsService,
    @Inject(LEAD_CONVERTED_HANDLERS) private readonly handlers: LeadConvertedHandler[],
  ) {}

  async convert(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: ConvertLeadRequest,
  ): Promise<ConvertLeadResponse> {
    const lead = await this.leads.findReadable(auth, id);
    const refusal = leadConversionRefusal(auth.ability, lead, request.customerId === undefined);
    if (refusal === 'lead') throw new ForbiddenError();
    if (refusal === 'customer') {
      throw new ForbiddenError(
        "You may not create a customer owned by this lead's owner, so you may not convert it.",
      );
    }
    assertVersion(lead.version, ifMatch);
    if (lead.status === 'converted' || lead.status === 'disqualified') {
      throw new ConflictError(`A ${lead.status} lead cannot be converted.`);
    }
    if (request.customerId !== undefined) {
      if (!(await this.customers.isReadable(auth, request.customerId)))
        throw ValidationError.field('customerId', 'names no customer you may read');
    }
    const company = lead.company?.trim() ? this.companyOf(lead) : null;
    const person = this.personOf(lead);
    const acknowledged = request.acknowledgeDuplicates === true;
    if (request.customerId === undefined) {
      // The customer the lead becomes takes its values; the company's contact person only defaults.
      person.customFields = await this.customFieldsOf(
        auth,
        lead,
        'person',
        company ? undefined : (request.customer?.customFields ?? undefined),
        company === null,
      );
      if (company)
        company.customFields = await this.customFieldsOf(
          auth,
          lead,
          'company',
          request.customer?.customFields ?? undefined,
          true,
        );
      // Checked with their custom field values too (duplicate rules on custom fields).
      if (company)
        await this.duplicates.assertNoDuplicates(
          auth,
          { ...company.draft, customFields: company.customFields },
          acknowledged,
        );
      await this.duplicates.assertNoDuplicates(
        auth,
        { ...person.draft, customFields: person.customFields },
        acknowledged,
      );
    }
    try {
      const result = await this.transactions.run(async (manager) => {
        let customerId = request.customerId ?? null;
        let contactPersonId: string | null = null;
        if (customerId === null) {
          const personId = await this.writer.create(manager, auth, this.customerOf(lead, person));
          if (company) {
            customerId = await this.writer.create(manager, auth, this.customerOf(lead, company));
            contactPersonId = personId;
            await manager.insert(Contact, {
              companyId: customerId,
              personId,
              title: lead.title,
              isPrimary: true,
              createdById: auth.actor.type === 'user' ? auth.actor.id : null,
            });
          } else {
            customerId = personId;
          }
        }
        await this.copyHistory(manager, lead, customerId);
        await updateVersioned(manager, Lead, lead.id, lead.version, {
          status: 'converted',
          convertedCustomerId: customerId,
          convertedAt: () => 'now()',
        });
        await this.timeline.record(manager, auth, [
          {
            subjectType: 'lead',
            subjectId: lead.id,
            kind: 'converted',
            summary: lead.name,
            details: { customerId },
          },
          {
            subjectType: 'customer',
            subjectId: customerId,
            kind: 'converted',
            summary: `${formatLeadNumber(lead.number)} ${lead.name}`,
            details: { leadId: lead.id },
          },
        ]);
        await this.audit.record(manager, auth, {
          entity: 'lead',
          entityId: lead.id,
          action: 'update',
          event: 'lead.converted',
          before: { status: lead.status, convertedCustomerId: null },
          after: { status: 'converted', convertedCustomerId: customerId },
          fields: ['status', 'convertedCustomerId'],
        });
        for (const handler of this.handlers) {
          await handler.onLeadConverted(manager, auth, { lead, customerId, contactPersonId });
        }
        return { customerId, contactPersonId, created: request.customerId === undefined };
      });
      return { lead: await this.leads.get(auth, lead.id), ...result };
    } catch (error) {
      // Another request saved the same phone, email or tax id in the meantime.
      if (isUniqueViolation(error)) {
        throw new ConflictError('A customer with the same phone or email was just created.');
      }
      throw error;
    }
  }

  private companyOf(lead: Lead): NewCustomerOfLead {
    return {
      draft: { kind: 'company', name: (lead.company ?? '').trim() },
      region: lead.region,
    };
  }

  /** The lead's person, with its phones and e-mails (a company gets them through its contact). */
  private personOf(lead: Lead): NewCustomerOfLead {
    return {
      draft: { kind: 'person', name: lead.name, phones: lead.phones, emails: lead.emails },
      region: lead.region,
    };
  }

  /**
   * The customer the lead becomes, as the one customer writer takes it: the lead's
   * person or company, and the lead's ownership (the conversion rule in libs/domain).
   */
  private customerOf(lead: Lead, customer: NewCustomerOfLead): NewCustomer {
    const person = customer.draft.kind === 'person';
    return {
      kind: customer.draft.kind,
      name: customer.draft.name,
      region: customer.region,
      source: lead.source,
      phones: withOnePrimary(person ? lead.phones : []),
      emails: withOnePrimary(person ? lead.emails : []),
      customFields: customer.customFields ?? {},
      ...convertedCustomerOwnership(lead),
    };
  }

  /**
   * A new customer's custom field values: where `carry`, the lead's values of fields
   * whose key a customer field of this kind has, converted to its type where they
   * convert (convertCustomFieldValue, as a type change converts them); then the values the
   * request gives, checked for the caller as the customer API checks them; then the
   * domain's one validation of the whole as a new customer's (defaults, required fields).
   */
  private async customFieldsOf(
    auth: AuthContext,
    lead: Lead,
    kind: 'company' | 'person',
    requested: Record<string, unknown> | undefined,
    carry: boolean,
  ): Promise<Record<string, CustomFieldValue>> {
    const fields = await this.customFields.liveDefinitions('customer', kind);
    const carried: Record<string, CustomFieldValue> = {};
    if (carry) {
      const leadFields = await this.customFields.liveDefinitions('lead');
      for (const [key, value] of Object.entries(lead.customFields)) {
        const from = leadFields.find((field) => field.key === key);
        const to = fields.find((field) => field.key === key);
        if (!from || !to) continue;
        const converted = convertCustomFieldValue(from.type, to.type, value, to);
        if (converted.ok && converted.value !== null) carried[key] = converted.value;
      }
    }
    const given =
      requested === undefined
        ? {}
        : await this.customFields.valuesToWrite(auth, 'customer', requested, {
            mode: 'update',
            kind,
          });
    const values = { ...carried, ...given };
    // Options no longer offered stay where the lead held them.
    const checked = validateCustomFieldValues(fields, values, { mode: 'create', previous: values });
    if (checked.problems.length > 0)
      throw new ValidationError(
        checked.problems.map((problem) => ({
          field: `customer.customFields${problem.key === '' ? '' : `.${problem.key}`}`,
          message: `${problem.message}${carry ? '' : ' (for the contact person the conversion creates)'}`,
        })),
      );
    const stored: Record<string, CustomFieldValue> = {};
    for (const [key, value] of Object.entries(checked.values))
      if (value !== null) stored[key] = value;
    return stored;
  }

  /** The lead's timeline, copied onto the customer's, each entry marked with its origin. */
  private async copyHistory(manager: EntityManager, lead: Lead, customerId: string): Promise<void> {
    await manager.query(
      `INSERT INTO timeline_events
              (subject_type, subject_id, kind, occurred_at, actor_id, actor_type, summary, details)
       SELECT 'customer', $2, kind, occurred_at, actor_id, actor_type, summary,
              details || jsonb_build_object('fromLeadId', subject_id::text)
         FROM timeline_events WHERE subject_type = 'lead' AND subject_id = $1`,
      [lead.id, customerId],
    );
  }
}
