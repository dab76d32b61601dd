import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { importProgressPercent } from '../import-progress';
import type { ImportTargetSpec } from '../import-targets';
import type { ImportJob } from '../import-types';
import { ImportCounts } from './ImportCounts';
import { SkippedRows } from './SkippedRows';

interface ResultStepProps {
  spec: ImportTargetSpec;
  job: ImportJob;
  downloading: boolean;
  downloadError: unknown;
  onDownloadErrors: () => void;
  onImportAnother: () => void;
}

/** Step 5: what the import did, the error report, and the way to the imported records. */
export function ResultStep(props: ResultStepProps) {
  const { spec, job, downloading, downloadError, onDownloadErrors, onImportAnother } = props;
  const { t } = useTranslation();
  const counts = {
    processed: job.processedRows,
    created: job.created,
    updated: job.updated,
    skipped: job.skipped,
    failed: job.failed,
  };
  const completed = job.status === 'completed';
  const title = completed
    ? t('imports.result.completedTitle')
    : job.status === 'failed'
      ? t('imports.result.failedTitle')
      : t('imports.result.cancelledTitle');
  const status = !completed ? 'error' : job.failed > 0 ? 'warning' : 'success';

  return (
    <>
      <Progress
        percent={importProgressPercent(job)}
        status={completed ? 'success' : 'exception'}
        aria-label={t('imports.steps.progress')}
      />
      <Result
        status={status}
        title={title}
        subTitle={
          completed
            ? t('imports.result.completedSummary', counts)
            : t('imports.result.failedSummary', counts)
        }
        extra={[
          job.failed > 0 && (
            <Button
              key="errors"
              icon={<DownloadOutlined />}
              loading={downloading}
              onClick={onDownloadErrors}
            >
              {t('imports.result.downloadErrors')}
            </Button>
          ),
          <Link key="list" to={spec.listPath}>
            <Button type="primary">{t(`imports.targets.${spec.target}.openList`)}</Button>
          </Link>,
          <Button key="again" onClick={onImportAnother}>
            {t('imports.result.importAnother')}
          </Button>,
        ]}
      />
      {job.failureReason && (
        <Alert type="error" showIcon title={job.failureReason} style={{ marginBottom: 16 }} />
      )}
      {completed && job.failed > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('imports.result.withErrors')}
          style={{ marginBottom: 16 }}
        />
      )}
      {downloadError !== null && downloadError !== undefined && (
        <ProblemAlert error={downloadError} />
      )}
      <ImportCounts job={job} />
      <SkippedRows importId={job.id} count={job.skipped} />
    </>
  );
}
