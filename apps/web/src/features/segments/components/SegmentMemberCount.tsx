import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSegmentCount } from '../hooks/use-segment';

/** The number of members of a segment the user may read. */
export function SegmentMemberCount({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const count = useSegmentCount(segmentId);
  if (count.isLoading) return <Skeleton.Button active size="small" style={{ width: 48 }} />;
  if (count.error || count.data === undefined) {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }} data-member-count={count.data}>
      {t('segments.memberCount', { count: count.data })}
    </span>
  );
}
