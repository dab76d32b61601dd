import { Injectable } from '@nestjs/common';
import {
  asSubject,
  customerKeys,
  type CustomerKeys,
  customFieldDuplicateKeys,
  DEFAULT_FUZZY_THRESHOLDS,
  matchCustomFieldDuplicates,
  rankDuplicateMatches,
  scoreDuplicate,
  withoutNamesakes,
} from '@kehu/domain';
import type { AuthContext } from '../../authz/auth-context';
import { ConflictError } from '../../common/errors/app-error';
import { CustomFieldsService } from '../../custom-fields/custom-fields.service';
import type { DuplicateCandidate } from '../dto/duplicate.dto';
import { formatCustomerNumber } from '../dto/customer.dto';
import type { CustomerKind, PostalAddress } from '../entities/customer.entity';
import type { KeyRow } from '../customers.repository';
import {
  type CandidateSummary,
  DuplicateCandidatesRepository,
  type KeyMatch,
} from './duplicate-candidates.repository';
import { customFieldKeyValue } from './custom-field-keys';
import { type DuplicateRuleSet, DuplicateRulesService } from './duplicate-rules.service';

/** The fields of a customer (or a draft) that the duplicate check reads. */
export interface DuplicateDraft {
  kind: CustomerKind;
  name?: string;
  taxId?: string | null;
  phones?: Array<{ value: string }>;
  emails?: Array<{ value: string }>;
  addresses?: Array<Partial<PostalAddress>>;
  /** Stored (normalized) custom field values: those with a duplicate rule are compared. */
  customFields?: Readonly<Record<string, unknown>> | null;
}

export function addressLine(address: Partial<PostalAddress>): string {
  return [address.province, address.city, address.district, address.street]
    .filter(Boolean)
    .join(' ');
}

export function keysOf(draft: DuplicateDraft): CustomerKeys {
  return {
    ...customerKeys({
      kind: draft.kind,
      name: draft.name ?? '',
      taxId: draft.taxId ?? null,
      phones: (draft.phones ?? []).map((phone) => phone.value),
      emails: (draft.emails ?? []).map((email) => email.value),
      addresses: (draft.addresses ?? []).map(addressLine),
    }),
    customFields: customFieldDuplicateKeys(draft.customFields),
  };
}

/**
 * The rows of customer_keys a customer with these keys gets: its phones, emails and tax
 * id, and its values of the custom fields that have a rule in force (`cf.<key>`).
 */
export function keyRows(keys: CustomerKeys, set: DuplicateRuleSet): KeyRow[] {
  const blocking = new Set<string>(DuplicateRulesService.blockingFields(set));
  const customFields = set.customFields.flatMap((rule) => {
    const value = keys.customFields?.[rule.key];
    return rule.mode === 'off' || value === undefined
      ? []
      : [{ field: `cf.${rule.key}` as const, value: customFieldKeyValue(value) }];
  });
  return [
    ...keys.phones.map((value) => ({ field: 'phone' as const, value })),
    ...keys.emails.map((value) => ({ field: 'email' as const, value })),
    ...(keys.taxId ? [{ field: 'taxId' as const, value: keys.taxId }] : []),
    ...customFields,
  ].map((key) => ({ ...key, blocking: blocking.has(key.field) }));
}

/** Whether a change of custom field values changes a key that a rule in force compares. */
export function customFieldKeysChanged(
  before: DuplicateDraft,
  after: DuplicateDraft,
  set: DuplicateRuleSet,
): boolean {
  const was = customFieldDuplicateKeys(before.customFields);
  const is = customFieldDuplicateKeys(after.customFields);
  return set.customFields.some((rule) => rule.mode !== 'off' && was[rule.key] !== is[rule.key]);
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
    private readonly customFields: CustomFieldsService,
  ) {}

  /**
   * The check of a draft as a form sends it: its custom field values normalized as a
   * save would store them (400 for values a save would refuse) before they are compared.
   */
  async checkDraft(
    auth: AuthContext,
    draft: DuplicateDraft & { customFields?: Record<string, unknown> },
    excludeId?: string,
  ): Promise<DuplicateCandidate[]> {
    const customFields =
      draft.customFields === undefined
        ? undefined
        : await this.customFields.valuesToWrite(auth, 'customer', draft.customFields, {
            mode: 'update',
            kind: draft.kind,
          });
    return this.check(auth, { ...draft, customFields }, excludeId);
  }

  async check(
    auth: AuthContext,
    draft: DuplicateDraft,
    excludeId?: string,
  ): Promise<DuplicateCandidate[]> {
    const set = await this.rules.current();
    const { rules } = set;
    const keys = keysOf(draft);
    const nameRule = rules.find((rule) => rule.field === 'name');
    const addressRule = rules.find((rule) => rule.field === 'address');
    const addressLines =
      addressRule && addressRule.mode !== 'off' && keys.addressKeys.length > 0
        ? [...new Set((draft.addresses ?? []).map(addressLine))]
        : [];
    const [keyMatches, similarNames, ...similarAddresses] = await Promise.all([
      this.candidates.findByKeys(keyRows(keys, set), excludeId),
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
    const [summaries, visible] = await Promise.all([
      this.candidates.summaries(ids),
      set.customFields.length > 0
        ? this.customFields.visibleKeys(auth, 'customer')
        : Promise.resolve(new Set<string>()),
    ]);
    const scored = summaries.flatMap((summary) => {
      const candidateKeys = keysOf(summary);
      const match = scoreDuplicate(keys, candidateKeys, rules);
      const onCustomFields = matchCustomFieldDuplicates(
        keys.customFields,
        candidateKeys.customFields,
        set.customFields,
      );
      if (!match && !onCustomFields) return [];
      return [
        {
          matchedOn: match?.matchedOn ?? [],
          score: onCustomFields ? 1 : (match?.score ?? 0),
          blocking: (match?.blocking ?? false) || (onCustomFields?.blocking ?? false),
          matchedCustomFields: onCustomFields?.matchedOn ?? [],
          summary,
        },
      ];
    });
    // A match on a custom field is an exact one: namesakes aside, it always counts.
    const kept = new Set(withoutNamesakes(keys.kind, scored));
    return rankDuplicateMatches(
      scored.filter((match) => kept.has(match) || match.matchedCustomFields.length > 0),
    ).map(({ summary, matchedOn, matchedCustomFields, score, blocking }) => ({
      ...this.toCandidate(auth, summary, matchedOn, score, blocking),
      matchedCustomFields: matchedCustomFields.filter((key) => visible.has(key)),
    }));
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
      throw new ConflictError(
        'A customer with the same phone, email, tax id or other unique field already exists.',
        { duplicates: duplicates.filter((duplicate) => duplicate.blocking) },
      );
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
  ): Omit<DuplicateCandidate, 'matchedCustomFields'> {
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
