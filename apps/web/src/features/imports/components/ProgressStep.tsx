import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { importProgressPercent } from '../import-progress';
import type { ImportJob } from '../import-types';
import { ImportCounts } from './ImportCounts';

/** Step 4: the worker's progress, polled until the import is done. */
export function ProgressStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const label =
    job.status === 'queued'
      ? t('imports.progress.queued')
      : job.totalRows === null
        ? t('imports.progress.counting')
        : t('imports.progress.running', { processed: job.processedRows, total: job.totalRows });
  return (
    <>
      <Typography.Text role="status">{label}</Typography.Text>
      <Progress
        percent={importProgressPercent(job)}
        status="active"
        aria-label={t('imports.steps.progress')}
        style={{ margin: '8px 0 24px' }}
      />
      <ImportCounts job={job} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
        {t('imports.progress.reloadHint')}
      </Typography.Paragraph>
    </>
  );
}
