import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { Lead } from './entities/lead.entity';

export interface LeadConvertedEvent {
  lead: Lead;
  customerId: string;
  contactPersonId: string | null;
}

/**
 * Work other modules do when a lead is converted, inside the conversion's transaction
 * (the pipeline module will open an opportunity here). A handler that throws undoes
 * the whole conversion.
 */
export interface LeadConvertedHandler {
  onLeadConverted(
    manager: EntityManager,
    auth: AuthContext,
    event: LeadConvertedEvent,
  ): Promise<void>;
}

/** Inject token of the list of handlers; modules add theirs to it. */
export const LEAD_CONVERTED_HANDLERS = Symbol('LEAD_CONVERTED_HANDLERS');
