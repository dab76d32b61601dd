import { LockOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../customer-types';
import { CustomerNumberAndName } from './CustomerNumberAndName';
import { DuplicateMatchTags } from './DuplicateMatchTags';

/**
 * Similar customers with what matched and who owns them. One the user may not open
 * (撞单: a colleague or dealer has it) shows number, name and owner only, without a link.
 * Links open a new tab, so the form being filled in stays; they are plain links because
 * confirm dialogs render outside the router.
 */
export function DuplicateCandidateList({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={10} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {candidates.map((candidate) => {
        const owner = candidate.owner?.name ?? t('customers.noOwner');
        return (
          <Flex
            key={candidate.id}
            component="li"
            vertical
            gap={4}
            data-duplicate={candidate.number}
          >
            <Flex gap={8} align="baseline" wrap>
              <CustomerNumberAndName customer={candidate} />
              <DuplicateMatchTags candidate={candidate} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {candidate.readable ? (
                t('customers.duplicates.ownedBy', { owner })
              ) : (
                <>
                  <LockOutlined /> {t('customers.duplicates.alreadyOwnedBy', { owner })}
                </>
              )}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
