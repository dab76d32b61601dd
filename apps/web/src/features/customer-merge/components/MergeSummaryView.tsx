import { Alert, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import type { CustomerResponse } from '../../customers/customer-types';
import { useMergeSummary, type Count } from '../hooks/use-merge-summary';

interface MergeSummaryViewProps {
  survivor: CustomerResponse;
  source: CustomerResponse;
  /** How many field values were taken from the merged-away record. */
  takenFromSource: number;
}

/** Step three: who stays, who goes, and what moves with it. */
export function MergeSummaryView({ survivor, source, takenFromSource }: MergeSummaryViewProps) {
  const { t } = useTranslation();
  const summary = useMergeSummary(source);
  const shown = ({ count, more }: Count) => (more ? `${count}+` : String(count));

  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'survivor',
            label: t('customerMerge.confirm.survivor'),
            children: (
              <Typography.Text strong>
                {survivor.number} {survivor.name}
              </Typography.Text>
            ),
          },
          {
            key: 'source',
            label: t('customerMerge.confirm.source'),
            children: (
              <Flex vertical gap={2}>
                <Typography.Text>
                  {source.number} {source.name}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('customerMerge.confirm.redirects', {
                    source: source.number,
                    survivor: survivor.number,
                  })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'values',
            label: t('customerMerge.confirm.values'),
            children: t('customerMerge.confirm.valuesTaken', {
              count: takenFromSource,
              source: source.number,
            }),
          },
        ]}
      />
      <section aria-label={t('customerMerge.confirm.moves')}>
        <Typography.Title level={5}>
          {t('customerMerge.confirm.moves', { survivor: survivor.number })}
        </Typography.Title>
        {summary.error && (
          <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />
        )}
        {summary.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        ) : (
          summary.data && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="merge-moves">
              <li>{t('customerMerge.confirm.contacts', { n: shown(summary.data.contacts) })}</li>
              <li>
                {t('customerMerge.confirm.relationships', {
                  n: shown(summary.data.relationships),
                })}
              </li>
              <li>{t('customerMerge.confirm.tags', { n: shown(summary.data.tags) })}</li>
              <li>{t('customerMerge.confirm.timeline', { n: shown(summary.data.timeline) })}</li>
              <li>{t('customerMerge.confirm.otherReferences')}</li>
            </ul>
          )
        )}
      </section>
      <Alert type="warning" showIcon title={t('customerMerge.confirm.final')} />
    </Flex>
  );
}
