import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIER_COLORS } from '../customer-options';
import type { CustomerTier } from '../customer-types';

export function TierTag({ tier }: { tier: CustomerTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLORS[tier]} variant="filled" style={{ marginInlineEnd: 0 }}>
      {t(`customers.tiers.${tier}`)}
    </Tag>
  );
}
