import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_STEPS, leadStepIndex } from '../lead-status-steps';
import type { LeadStatus } from '../lead-types';

/** new → contacted → qualified → converted; a disqualified lead shows its path stopped. */
export function LeadStatusSteps({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  const current = leadStepIndex(status);
  return (
    <Steps
      size="small"
      current={current}
      status={status === 'disqualified' ? 'error' : status === 'converted' ? 'finish' : 'process'}
      items={LEAD_STEPS.map((step, index) => ({
        title:
          status === 'disqualified' && index === current
            ? t('leads.statuses.disqualified')
            : t(`leads.statuses.${step}`),
      }))}
    />
  );
}
