import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RelationshipProblem } from '../relationship-problem';

/** A refused relationship write explained in the user's language. */
export function RelationshipProblemAlert({ problem }: { problem: RelationshipProblem }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(`relationships.problems.${problem}`)}
      style={{ marginBottom: 16 }}
    />
  );
}
