import { Injectable } from '@nestjs/common';
import { leadContactKeys } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { Lead } from './entities/lead.entity';
import {
  type LeadContactCandidate,
  LeadContactMatchesRepository,
} from './lead-contact-matches.repository';

const KEY_SEPARATOR = ':';

/** What SQL can match a key on: a phone's last seven digits, an email as it is. */
function searchTerms(keys: string[]): { phoneEndings: string[]; emails: string[] } {
  const phoneEndings = new Set<string>();
  const emails = new Set<string>();
  for (const key of keys) {
    const [kind, value] = [
      key.slice(0, key.indexOf(KEY_SEPARATOR)),
      key.slice(key.indexOf(KEY_SEPARATOR) + 1),
    ];
    if (kind === 'phone') phoneEndings.add(value.replace(/\D/g, '').slice(-7));
    else emails.add(value);
  }
  return { phoneEndings: [...phoneEndings], emails: [...emails] };
}

/**
 * Live leads matched by contact data against a batch of incoming ones (an import): the
 * leads each normalized phone or email key (the domain's `leadContactKeys`) belongs to,
 * and those of the matched leads the caller may update, locked for the batch's writes.
 */
@Injectable()
export class LeadContactMatches {
  constructor(private readonly matches: LeadContactMatchesRepository) {}

  /** The live leads each of these keys belongs to; keys of no lead are absent. */
  async holdersOf(keys: ReadonlySet<string>): Promise<Map<string, LeadContactCandidate[]>> {
    const { phoneEndings, emails } = searchTerms([...keys]);
    const taken = new Map<string, LeadContactCandidate[]>();
    for (const candidate of await this.matches.candidates(phoneEndings, emails)) {
      for (const key of leadContactKeys(candidate)) {
        if (keys.has(key)) taken.set(key, [...(taken.get(key) ?? []), candidate]);
      }
    }
    return taken;
  }

  /** Those of these leads the caller may update, locked for the rest of the transaction. */
  lockUpdatable(manager: EntityManager, auth: AuthContext, ids: string[]): Promise<Lead[]> {
    return this.matches.findUpdatable(manager, auth, ids);
  }
}
