import { Injectable } from '@nestjs/common';
import {
  asSubject,
  customerKeys,
  type CustomerKeys,
  DEFAULT_FUZZY_THRESHOLDS,
  type DuplicateRule,
  rankDuplicateMatches,
  scoreDuplicate,
  withoutNamesakes,
} from '@kehu/domain';
import type { AuthContext } from '../../authz/auth-context';
import { ConflictError } from '../../common/errors/app-error';
import type { DuplicateCandidate } from '../dto/duplicate.dto';
import { formatCustomerNumber } from '../dto/customer.dto';
import type { CustomerKind, PostalAddress } from '../entities/customer.entity';
import type { KeyRow } from '../customers.repository';
import {
  type CandidateSummary,
  DuplicateCandidatesRepository,
  type KeyMatch,
} from './duplicate-candidates.repository';
import { DuplicateRulesService } from './duplicate-rules.service';

/** The fields of a customer (or a draft) that the duplicate check reads. */
export interface DuplicateDraft {
  kind: CustomerKind;
  name?: string;
  taxId?: string | null;
  phones?: Array<{ value: string }>;
  emails?: Array<{ value: string }>;
  addresses?: Array<Partial<PostalAddress>>;
}

export function addressLine(address: Partial<PostalAddress>): string {
  return [address.province, address.city, address.district, address.street]
    .filter(Boolean)
    .join(' ');
}

export function keysOf(draft: DuplicateDraft): CustomerKeys {
  return customerKeys({
    kind: draft.kind,
    name: draft.name ?? '',
    taxId: draft.taxId ?? null,
    phones: (draft.phones ?? []).map((phone) => phone.value),
    emails: (draft.emails ?? []).map((email) => email.value),
    addresses: (draft.addresses ?? []).map(addressLine),
  });
}

/** The rows of customer_keys a customer with these keys gets. */
export function keyRows(keys: CustomerKeys, rules: readonly DuplicateRule[]): KeyRow[] {
  const blocking = new Set(DuplicateRulesService.blockingFields(rules));
  return [
    ...keys.phones.map((value) => ({ field: 'phone' as const, value })),
    ...keys.emails.map((value) => ({ field: 'email' as const, value })),
    ...(keys.taxId ? [{ field: 'taxId' as const, value: keys.taxId }] : []),
  ].map((key) => ({ ...key, blocking: blocking.has(key.field) }));
}

/**
 * 查重 / 撞单: compares a draft with every live customer by normalized keys (exact),
 * name similarity and address similarity (fuzzy), scores the candidates with the domain rules, and reveals of
 * each only number, name and owner.
 */
@Injectable()
export class DuplicateCheckService {
  constructor(
    private readonly candidates: DuplicateCandidatesRepository,
    private readonly rules: DuplicateRulesService,
  ) {}

  async check(
    auth: AuthContext,
    draft: DuplicateDraft,
    excludeId?: string,
  ): Promise<DuplicateCandidate[]> {
    const rules = await this.rules.current();
    const keys = keysOf(draft);
    const nameRule = rules.find((rule) => rule.field === 'name');
    const addressRule = rules.find((rule) => rule.field === 'address');
    const addressLines =
      addressRule && addressRule.mode !== 'off' && keys.addressKeys.length > 0
        ? [...new Set((draft.addresses ?? []).map(addressLine))]
        : [];
    const [keyMatches, similarNames, ...similarAddresses] = await Promise.all([
      this.candidates.findByKeys(keyRows(keys, rules), excludeId),
      nameRule && nameRule.mode !== 'off' && keys.nameKey
        ? this.candidates.findSimilarNames(
            keys.kind,
            keys.nameKey,
            nameRule.threshold ?? DEFAULT_FUZZY_THRESHOLDS.name,
            excludeId,
          )
        : Promise.resolve([]),
      ...addressLines.map((line) =>
        this.candidates.findSimilarAddresses(
          line,
          addressRule?.threshold ?? DEFAULT_FUZZY_THRESHOLDS.address,
          excludeId,
        ),
      ),
    ]);
    const ids = [
      ...new Set([
        ...keyMatches.map((match) => match.customerId),
        ...similarNames.map((row) => row.id),
        ...similarAddresses.flat().map((row) => row.id),
      ]),
    ];
    const summaries = await this.candidates.summaries(ids);
    const scored = summaries.flatMap((summary) => {
      const match = scoreDuplicate(keys, keysOf(summary), rules);
      return match ? [{ ...match, summary }] : [];
    });
    return rankDuplicateMatches(withoutNamesakes(keys.kind, scored)).map(
      ({ summary, matchedOn, score, blocking }) =>
        this.toCandidate(auth, summary, matchedOn, score, blocking),
    );
  }

  /**
   * The live customers holding any of these keys exactly, with each one's number: a
   * batch of drafts (an import) compared at once, its rows settled by the caller.
   */
  async keyHolders(keys: KeyRow[]): Promise<{ matches: KeyMatch[]; numbers: Map<string, string> }> {
    const matches = await this.candidates.findByKeys(keys, undefined, keys.length + 10);
    const summaries = await this.candidates.summaries([
      ...new Set(matches.map((match) => match.customerId)),
    ]);
    return {
      matches,
      numbers: new Map(
        summaries.map((summary) => [summary.id, formatCustomerNumber(summary.number)]),
      ),
    };
  }

  /** Refuses a draft that a blocking rule matches, or warned-of ones not acknowledged. */
  async assertNoDuplicates(
    auth: AuthContext,
    draft: DuplicateDraft,
    acknowledged: boolean,
    excludeId?: string,
  ) {
    const duplicates = await this.check(auth, draft, excludeId);
    if (duplicates.some((duplicate) => duplicate.blocking)) {
      throw new ConflictError('A customer with the same phone, email or tax id already exists.', {
        duplicates: duplicates.filter((duplicate) => duplicate.blocking),
      });
    }
    if (duplicates.length > 0 && !acknowledged) {
      throw new ConflictError(
        'Similar customers exist. Check them, then save again with acknowledgeDuplicates=true if this is a different customer.',
        { duplicates },
      );
    }
  }

  private toCandidate(
    auth: AuthContext,
    summary: CandidateSummary,
    matchedOn: string[],
    score: number,
    blocking: boolean,
  ): DuplicateCandidate {
    return {
      id: summary.id,
      number: formatCustomerNumber(summary.number),
      name: summary.name,
      owner: summary.ownerId ? { id: summary.ownerId, name: summary.ownerName ?? '' } : null,
      matchedOn,
      score: Math.round(score * 1000) / 1000,
      blocking,
      readable: auth.ability.can(
        'read',
        asSubject('Customer', {
          ownerId: summary.ownerId,
          teamId: summary.teamId,
          dealerOrgId: summary.dealerOrgId,
          sharedWithTeam: summary.sharedWithTeam,
        }),
      ),
    };
  }
}
