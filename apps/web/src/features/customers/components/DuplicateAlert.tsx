import { Alert, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../customer-types';
import { DuplicateCandidateList } from './DuplicateCandidateList';

interface DuplicateAlertProps {
  candidates: DuplicateCandidate[];
  checking: boolean;
  /** The save was refused: word it as a refusal rather than a hint. */
  refused?: boolean;
}

/** The live duplicate check of the customer form (查重), shown while the user types. */
export function DuplicateAlert({ candidates, checking, refused = false }: DuplicateAlertProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) {
    return checking ? (
      <Flex gap={8} align="center" role="status" style={{ minHeight: 22 }}>
        <Spin size="small" />
        <Typography.Text type="secondary">{t('customers.duplicates.checking')}</Typography.Text>
      </Flex>
    ) : null;
  }
  const blocking = candidates.some((candidate) => candidate.blocking);
  const title = blocking
    ? refused
      ? t('customers.duplicates.refusedTitle')
      : t('customers.duplicates.blockingTitle')
    : t('customers.duplicates.warningTitle', { count: candidates.length });
  return (
    <Alert
      type={blocking ? 'error' : 'warning'}
      showIcon
      role="alert"
      data-testid="duplicate-alert"
      title={
        <Flex justify="space-between" gap={8}>
          <span>{title}</span>
          {checking && <Spin size="small" />}
        </Flex>
      }
      description={
        <Flex vertical gap={10}>
          <Typography.Text type="secondary">
            {blocking
              ? t('customers.duplicates.blockingHelp')
              : t('customers.duplicates.warningHelp')}
          </Typography.Text>
          <DuplicateCandidateList candidates={candidates} />
        </Flex>
      }
    />
  );
}
