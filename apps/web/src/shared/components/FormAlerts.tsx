import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemDescription } from '../api/describe-problem';

interface FormAlertsProps {
  /** A failed save that no input's own error explains. */
  problem: ProblemDescription | null;
  /** Someone else saved first (412): the form now shows the current values. */
  stale?: boolean;
  /** What the stale warning says; the general "someone else saved first" by default. */
  staleTitle?: string;
  /** The space below each alert. */
  gap?: number;
}

/** The warnings above a form: someone else saved first, or the save failed. */
export function FormAlerts({ problem, stale = false, staleTitle, gap = 16 }: FormAlertsProps) {
  const { t } = useTranslation();
  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={staleTitle ?? t('errors.staleVersion')}
          style={{ marginBottom: gap }}
        />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={problem.detail}
          style={{ marginBottom: gap }}
        />
      )}
    </>
  );
}
