import { Injectable } from '@nestjs/common';
import { asSubject, customerKeys } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { formatCustomerNumber } from '../customers/dto/customer.dto';
import type {
  ConversionCandidate,
  ConversionCandidatesResponse,
  ConversionMatchField,
} from './dto/conversion-candidates.dto';
import type { Lead } from './entities/lead.entity';
import {
  type ConversionCandidateRow,
  LeadConversionCandidatesRepository,
} from './lead-conversion-candidates.repository';
import { LeadsService } from './leads.service';

/** `13812345678` → `138****5678`; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `****${digits.slice(-2)}`;
}

function primaryOf<T extends { primary?: boolean }>(items: readonly T[] | null): T | null {
  if (!items || items.length === 0) return null;
  return items.find((item) => item.primary) ?? items[0] ?? null;
}

const MATCH_ORDER: ConversionMatchField[] = ['phone', 'email', 'companyName', 'name'];

/**
 * The customers a lead may already be, for the conversion dialog: each with what tells
 * namesakes apart (company, city, owner, a phone masked unless the caller may read it)
 * and what matched; and what "create anyway" would create. Of one the caller may not
 * read, only what the duplicate check tells: number, name, owner and what matched.
 */
@Injectable()
export class LeadConversionCandidatesService {
  constructor(
    private readonly leads: LeadsService,
    private readonly candidates: LeadConversionCandidatesRepository,
  ) {}

  async find(auth: AuthContext, id: string): Promise<ConversionCandidatesResponse> {
    const lead = await this.leads.findReadable(auth, id);
    const company = lead.company?.trim() || null;
    const person = customerKeys({
      kind: 'person',
      name: lead.name,
      phones: lead.phones.map((phone) => phone.value),
      emails: lead.emails.map((email) => email.value),
      addresses: [],
    });
    const companyNameKey = company
      ? customerKeys({ kind: 'company', name: company, phones: [], emails: [], addresses: [] })
          .nameKey
      : '';
    const rows = await this.candidates.find({
      phones: person.phones,
      emails: person.emails,
      companyNameKey,
      personNameKey: person.nameKey,
    });
    const readable = await this.candidates.readable(
      auth,
      rows.map((row) => row.id),
    );
    return {
      candidates: rows.map((row) => this.present(auth, row, readable.has(row.id))),
      creates: { company, person: this.personName(lead) },
    };
  }

  private present(
    auth: AuthContext,
    row: ConversionCandidateRow,
    readable: boolean,
  ): ConversionCandidate {
    const shown = {
      id: row.id,
      number: formatCustomerNumber(row.number),
      name: row.name,
      owner: row.ownerId && row.ownerName ? { id: row.ownerId, name: row.ownerName } : null,
      matchedOn: MATCH_ORDER.filter((field) => row.matchedOn.includes(field)),
    };
    // A customer the caller may not read: no more than the duplicate check tells of it.
    if (!readable) {
      return { ...shown, kind: null, company: null, phone: null, city: null, readable };
    }
    const phone = primaryOf(row.phones)?.value ?? null;
    const phoneReadable = auth.ability.can('read', asSubject('Customer', { ...row }), 'phones');
    return {
      ...shown,
      kind: row.kind,
      company: row.company,
      phone: phone === null ? null : phoneReadable ? phone : maskPhone(phone),
      city: primaryOf(row.addresses)?.city?.trim() || null,
      readable,
    };
  }

  private personName(lead: Lead): string {
    return lead.name.trim();
  }
}
