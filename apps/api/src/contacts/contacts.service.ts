import { Injectable, type OnModuleInit } from '@nestjs/common';
import { asSubject } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type AuditedChange, AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { CustomersService } from '../customers/customers.service';
import type { Customer } from '../customers/entities/customer.entity';
import { CustomerMergeSteps } from '../customers/merge/customer-merge-steps';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { ContactsRepository } from './contacts.repository';
import {
  type ContactDetailsRequest,
  type ContactResponse,
  type CreateContactRequest,
  type ListContactsQuery,
  toContactResponse,
  type UpdateContactRequest,
} from './dto/contact.dto';
import { Contact } from './entities/contact.entity';

const AUDITED_FIELDS = [
  'companyId',
  'personId',
  'title',
  'department',
  'isPrimary',
  'notes',
  'customFields',
];

type Details = Pick<Contact, 'title' | 'department' | 'notes'>;

const blankToNull = (value: string | null) => (value === null ? null : value.trim() || null);

function detailsOf(request: ContactDetailsRequest): Partial<Details> {
  const { title, department, notes } = definedFields(request);
  return {
    ...(title !== undefined ? { title: blankToNull(title) } : {}),
    ...(department !== undefined ? { department: blankToNull(department) } : {}),
    ...(notes !== undefined ? { notes } : {}),
  };
}

function alreadyAContact(): ConflictError {
  return new ConflictError('This person is already a contact of the company.');
}

/**
 * Contacts (联系人): people at a company, each a person customer of its own. Changing
 * a company's contacts needs 'update' on the company; a contact can only be a person
 * the caller may read. A company with contacts has exactly one primary contact.
 */
@Injectable()
export class ContactsService implements OnModuleInit {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly customers: CustomersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mergeSteps: CustomerMergeSteps,
    private readonly customFields: CustomFieldsService,
  ) {}

  onModuleInit(): void {
    this.mergeSteps.register('contacts', (manager, sourceId, targetId) =>
      this.contacts.moveToSurvivor(manager, sourceId, targetId),
    );
  }

  /** A company's people, or the companies a person is a contact of. */
  async list(
    auth: AuthContext,
    customerId: string,
    query: ListContactsQuery,
  ): Promise<Page<ContactResponse>> {
    const customer = await this.customers.findReadable(auth, customerId, { withTags: false });
    const side = customer.kind === 'company' ? 'company' : 'person';
    const [page, visible] = await Promise.all([
      this.contacts.list(auth, side, customer.id, query),
      this.customFields.visibleKeys(auth, 'contact'),
    ]);
    return {
      items: page.items.map((contact) =>
        side === 'company'
          ? toContactResponse(contact, customer, contact.person ?? null, visible)
          : toContactResponse(contact, contact.company ?? null, customer, visible),
      ),
      nextCursor: page.nextCursor,
    };
  }

  async get(auth: AuthContext, id: string): Promise<ContactResponse> {
    const contact = await this.find(id);
    const [company, person] = await Promise.all([
      this.customers.findReadableOrNull(auth, contact.companyId),
      this.customers.findReadableOrNull(auth, contact.personId),
    ]);
    if (company === null && person === null) throw new NotFoundError('The contact');
    return toContactResponse(
      contact,
      company,
      person,
      await this.customFields.visibleKeys(auth, 'contact'),
    );
  }

  async create(
    auth: AuthContext,
    companyId: string,
    request: CreateContactRequest,
    acknowledgeDuplicates: boolean,
  ): Promise<ContactResponse> {
    const company = await this.writableCompany(auth, companyId);
    if ((request.personId === undefined) === (request.person === undefined)) {
      throw ValidationError.field('personId', 'or person must be given, not both');
    }
    const details = detailsOf(request);
    // Checked before a new person is created, so a wrong value creates nothing.
    const customFields = await this.customFields.valuesToWrite(
      auth,
      'contact',
      request.customFields,
      { mode: 'create' },
    );
    const person = request.personId
      ? await this.existingPerson(auth, request.personId.toLowerCase())
      : await this.newPerson(
          auth,
          request.person as NonNullable<CreateContactRequest['person']>,
          acknowledgeDuplicates,
        );
    try {
      const id = await this.transactions.run(async (manager) => {
        await this.contacts.lockCompany(manager, company.id);
        if (await this.contacts.isContact(manager, company.id, person.id)) {
          throw alreadyAContact();
        }
        const primary = await this.contacts.primaryOf(manager, company.id);
        const isPrimary = request.primary === true || primary === null;
        if (isPrimary && primary) await this.demote(manager, auth, primary);
        const values = {
          companyId: company.id,
          personId: person.id,
          title: details.title ?? null,
          department: details.department ?? null,
          notes: details.notes ?? null,
          customFields,
          isPrimary,
          createdById: auth.actor.type === 'user' ? auth.actor.id : null,
        };
        const created = await this.contacts.insert(manager, values);
        await this.audit.record(manager, auth, {
          entity: 'contact',
          entityId: created,
          action: 'create',
          after: values,
          fields: AUDITED_FIELDS,
        });
        return created;
      });
      return this.get(auth, id);
    } catch (error) {
      if (isUniqueViolation(error, 'contacts_company_person_key')) throw alreadyAContact();
      throw error;
    }
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateContactRequest,
  ): Promise<ContactResponse> {
    const current = await this.find(id);
    await this.writableCompany(auth, current.companyId);
    assertVersion(current.version, ifMatch);
    if (request.primary === false && current.isPrimary) {
      throw ValidationError.field(
        'primary',
        'cannot be taken off the primary contact: make another contact primary instead',
      );
    }
    const changes: QueryDeepPartialEntity<Contact> = detailsOf(request);
    if (request.customFields !== undefined)
      changes.customFields = await this.customFields.valuesToWrite(
        auth,
        'contact',
        request.customFields,
        { mode: 'update', previous: current.customFields },
      );
    await this.transactions.run(async (manager) => {
      await this.contacts.lockCompany(manager, current.companyId);
      if (request.primary === true && !current.isPrimary) {
        const primary = await this.contacts.primaryOf(manager, current.companyId);
        if (primary) await this.demote(manager, auth, primary);
        changes.isPrimary = true;
      }
      await updateVersioned(manager, Contact, id, current.version, changes);
      await this.audit.record(manager, auth, {
        entity: 'contact',
        entityId: id,
        action: 'update',
        before: { ...current },
        after: { ...current, ...(changes as Partial<Contact>) },
        fields: AUDITED_FIELDS,
      });
    });
    return this.get(auth, id);
  }

  /** Soft delete: the person stays a customer; the oldest other contact becomes primary. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.find(id);
    await this.writableCompany(auth, current.companyId);
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      await this.contacts.lockCompany(manager, current.companyId);
      await updateVersioned(manager, Contact, id, current.version, {
        deletedAt: () => 'now()',
        isPrimary: false,
      });
      const audits: AuditedChange[] = [
        { entity: 'contact', entityId: id, action: 'delete', fields: [] },
      ];
      if (current.isPrimary) {
        const promoted = await this.contacts.promoteOldest(manager, current.companyId);
        if (promoted) audits.push(this.primaryChange(promoted, true));
      }
      await this.audit.recordMany(manager, auth, audits);
    });
  }

  /** Brings a deleted contact back; it is primary again only if the company has none. */
  async restore(auth: AuthContext, id: string): Promise<ContactResponse> {
    const current = await this.find(id, { withDeleted: true });
    await this.writableCompany(auth, current.companyId);
    if (current.deletedAt === null) return this.get(auth, id);
    await this.customers.findReadable(auth, current.personId);
    try {
      await this.transactions.run(async (manager) => {
        await this.contacts.lockCompany(manager, current.companyId);
        if (await this.contacts.isContact(manager, current.companyId, current.personId)) {
          throw alreadyAContact();
        }
        const isPrimary = (await this.contacts.primaryOf(manager, current.companyId)) === null;
        await updateVersioned(manager, Contact, id, current.version, {
          deletedAt: null,
          isPrimary,
        });
        await this.audit.record(manager, auth, {
          entity: 'contact',
          entityId: id,
          action: 'restore',
          before: { isPrimary: current.isPrimary },
          after: { isPrimary },
          fields: ['isPrimary'],
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'contacts_company_person_key')) throw alreadyAContact();
      throw error;
    }
    return this.get(auth, id);
  }

  private async find(id: string, options: { withDeleted?: boolean } = {}): Promise<Contact> {
    const contact = await this.contacts.find(id, options);
    if (!contact) throw new NotFoundError('The contact');
    return contact;
  }

  /** The company, if the caller may change its contacts (404 unreadable, 403 read-only). */
  private async writableCompany(auth: AuthContext, companyId: string): Promise<Customer> {
    const company = await this.customers.findReadable(auth, companyId);
    if (company.kind !== 'company') {
      throw ValidationError.field('id', 'must be a company: contacts are people at a company');
    }
    if (!auth.ability.can('update', asSubject('Customer', { ...company })))
      throw new ForbiddenError();
    return company;
  }

  private async existingPerson(auth: AuthContext, personId: string): Promise<Customer> {
    const person = await this.customers.findReadable(auth, personId);
    if (person.kind !== 'person') throw ValidationError.field('personId', 'must be a person');
    return person;
  }

  /** Creates the person through the customers service, so the duplicate check runs. */
  private async newPerson(
    auth: AuthContext,
    request: NonNullable<CreateContactRequest['person']>,
    acknowledgeDuplicates: boolean,
  ): Promise<Customer> {
    const created = await this.customers.create(
      auth,
      { kind: 'person', name: request.name, phones: request.phones, emails: request.emails },
      acknowledgeDuplicates,
    );
    return this.customers.findReadable(auth, created.id as string);
  }

  private async demote(manager: EntityManager, auth: AuthContext, primary: Contact) {
    await this.contacts.setPrimary(manager, primary.id, false);
    await this.audit.record(manager, auth, this.primaryChange(primary, false));
  }

  private primaryChange(contact: Contact, isPrimary: boolean): AuditedChange {
    return {
      entity: 'contact',
      entityId: contact.id,
      action: 'update',
      before: { isPrimary: contact.isPrimary },
      after: { isPrimary },
      fields: ['isPrimary'],
    };
  }
}
