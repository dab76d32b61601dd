import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_STATUS_COLORS } from '../lead-options';
import type { LeadStatus } from '../lead-types';

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEAD_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`leads.statuses.${status}`)}
    </Tag>
  );
}
