import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomFieldLabel } from '../../../shared/custom-fields/use-custom-fields';
import type { DuplicateCandidate } from '../customer-types';
import { duplicateMatches, type DuplicateMatch } from '../duplicate-problem';

const matchKey = (match: DuplicateMatch): string =>
  match.kind === 'customField'
    ? `cf.${match.key}`
    : match.kind === 'other'
      ? 'other'
      : `${match.kind}.${match.field}`;

interface DuplicateMatchTagsProps {
  candidate: Pick<DuplicateCandidate, 'matchedOn' | 'matchedCustomFields' | 'blocking'>;
  /** Exact matches of a blocking candidate in red (a form refusing or warning). */
  showBlocking?: boolean;
}

/**
 * What a duplicate candidate matched on: the built-in fields, then the custom fields by
 * their label in the user's language; a match only on a field the user may not see reads
 * as "another field", so the list is never empty.
 */
export function DuplicateMatchTags({ candidate, showBlocking = true }: DuplicateMatchTagsProps) {
  const { t } = useTranslation();
  const matches = duplicateMatches(candidate);
  const customFieldName = useCustomFieldLabel('customer', {
    enabled: matches.some((match) => match.kind === 'customField'),
  });
  return (
    <Flex gap={4} wrap>
      {matches.map((match) => {
        const red = showBlocking && candidate.blocking && match.kind !== 'similar';
        const label =
          match.kind === 'similar'
            ? t(`customers.duplicates.similar.${match.field}`)
            : match.kind === 'same'
              ? t(`customers.duplicates.same.${match.field}`)
              : match.kind === 'customField'
                ? t('customers.duplicates.sameCustomField', { field: customFieldName(match.key) })
                : t('customers.duplicates.sameOtherField');
        return (
          <Tag
            key={matchKey(match)}
            color={red ? 'red' : 'orange'}
            variant="outlined"
            style={{ marginInlineEnd: 0 }}
          >
            {label}
          </Tag>
        );
      })}
    </Flex>
  );
}
