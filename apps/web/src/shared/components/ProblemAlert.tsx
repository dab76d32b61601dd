import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/describe-problem';

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed call explained in the user's language, with the server's detail below. */
export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const { message, detail } = describeProblem(t, error);
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      description={detail}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
