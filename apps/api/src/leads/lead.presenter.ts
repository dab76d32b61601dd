import { presenterOf } from '../authz/record-access';
import { type LeadResponse, toLeadResponse } from './dto/lead.dto';
import type { Lead } from './entities/lead.entity';

/** A lead as the caller may see it: fields they may not read are left out. */
export const presentLead = presenterOf<Lead, LeadResponse>('Lead', toLeadResponse);
