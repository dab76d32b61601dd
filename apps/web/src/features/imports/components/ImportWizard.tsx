import { ArrowLeftOutlined } from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import { suggestMappingWithCustomFields } from '@kehu/domain';
import { Card, Result, Skeleton, Steps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useImportActions } from '../hooks/use-import-actions';
import { useImportCustomFields } from '../hooks/use-import-custom-fields';
import { useImportJob } from '../hooks/use-import-job';
import { initialMapping } from '../import-mapping';
import { isImportFinished, stepForStatus } from '../import-progress';
import { IMPORT_TARGETS, type ImportTarget, type ImportTargetSpec } from '../import-targets';
import type {
  DuplicateMode,
  ImportEncoding,
  ImportJob,
  ImportMapping,
  ImportPreview,
} from '../import-types';
import { DuplicateModeStep } from './DuplicateModeStep';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { ResultStep } from './ResultStep';
import { UploadStep } from './UploadStep';

const JOB_PARAM = 'job';

function BackToList({ spec }: { spec: ImportTargetSpec }) {
  const { t } = useTranslation();
  return (
    <Link to={spec.listPath} style={{ display: 'inline-block', marginBottom: 16 }}>
      <ArrowLeftOutlined /> {t(`imports.targets.${spec.target}.backToList`)}
    </Link>
  );
}

/** What the user chose for one uploaded file before starting it. */
interface Choices {
  jobId: string;
  mapping: ImportMapping | null;
  mode: DuplicateMode;
  choosingMode: boolean;
}

const freshChoices = (jobId: string): Choices => ({
  jobId,
  mapping: null,
  mode: 'skip',
  choosingMode: false,
});

/**
 * The import wizard of one target (customers, leads): upload → map columns → duplicates →
 * progress → result. The import's id is in the address (`?job=`), so a reload comes back
 * to the same import.
 */
export function ImportWizard({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const spec = IMPORT_TARGETS[target];
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get(JOB_PARAM);
  const actions = useImportActions(spec);
  const customFields = useImportCustomFields(spec);
  const jobQuery = useImportJob(jobId);
  const job = jobQuery.data;
  const preview: ImportPreview | null =
    actions.reread.data?.id === jobId
      ? actions.reread.data
      : actions.upload.data?.id === jobId
        ? actions.upload.data
        : null;
  const [stored, setChoices] = useState<Choices | null>(null);
  const choices = jobId && stored?.jobId === jobId ? stored : freshChoices(jobId ?? '');
  const choose = (change: Partial<Choices>) => setChoices({ ...choices, ...change });

  const mapping = useMemo(
    () =>
      choices.mapping ??
      (job
        ? initialMapping(
            job.headers.length,
            job.mapping,
            preview?.suggestedMapping ??
              suggestMappingWithCustomFields(
                job.headers,
                customFields.definitions,
                spec.suggestMapping,
              ),
            customFields.fieldSet,
          )
        : []),
    [choices.mapping, job, preview, spec, customFields],
  );

  const finished = job !== undefined && isImportFinished(job.status);
  const { refreshList } = actions;
  useEffect(() => {
    if (finished) void refreshList();
  }, [finished, refreshList]);

  const upload = (file: File) =>
    actions.upload.mutate(file, {
      onSuccess: (uploaded) => setSearchParams({ [JOB_PARAM]: uploaded.id }),
    });
  const start = (current: ImportJob) =>
    actions.start.mutate({ job: current, request: { mapping, duplicateMode: choices.mode } });
  // Read in another encoding, the headers change: the mapping is suggested afresh.
  const reread = (current: ImportJob, encoding: ImportEncoding) =>
    actions.reread.mutate(
      { job: current, encoding },
      { onSuccess: () => choose({ mapping: null }) },
    );
  const importAnother = () => {
    actions.upload.reset();
    actions.reread.reset();
    actions.start.reset();
    actions.downloadErrors.reset();
    setChoices(null);
    setSearchParams({});
  };

  // An import of another target (an address from elsewhere) opens in its own wizard.
  if (job && job.target !== target) {
    return (
      <Navigate to={`${IMPORT_TARGETS[job.target].wizardPath}?${JOB_PARAM}=${job.id}`} replace />
    );
  }

  const step = !jobId
    ? 0
    : job?.status === 'uploaded'
      ? choices.choosingMode
        ? 2
        : 1
      : job
        ? stepForStatus(job.status)
        : 0;

  let body;
  if (!jobId) {
    body = (
      <UploadStep
        uploading={actions.upload.isPending}
        percent={actions.uploadPercent}
        error={actions.upload.error}
        onFile={upload}
      />
    );
  } else if ((!job && jobQuery.isLoading) || (step === 1 && customFields.isLoading)) {
    // The custom fields come before the mapping step: a suggested cf.<key> stays chosen.
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (!job) {
    const missing = isApiProblemError(jobQuery.error) && [400, 404].includes(jobQuery.error.status);
    body = missing ? (
      <Result status="404" title={t('imports.notFound')} />
    ) : (
      <ProblemAlert error={jobQuery.error} onRetry={() => void jobQuery.refetch()} />
    );
  } else if (step === 1) {
    body = (
      <MappingStep
        spec={spec}
        fieldSet={customFields.fieldSet}
        customFieldChoices={customFields.choices}
        filename={job.filename}
        headers={job.headers}
        sampleRows={preview?.sampleRows ?? null}
        mapping={mapping}
        onChange={(next) => choose({ mapping: next })}
        onNext={() => choose({ mapping, choosingMode: true })}
        encoding={job.encoding}
        detectedEncoding={preview?.detectedEncoding ?? null}
        rereading={actions.reread.isPending}
        rereadError={actions.reread.error}
        onEncoding={(encoding) => reread(job, encoding)}
      />
    );
  } else if (step === 2) {
    body = (
      <DuplicateModeStep
        target={target}
        mode={choices.mode}
        onChange={(mode) => choose({ mode })}
        starting={actions.start.isPending}
        error={actions.start.error}
        onBack={() => choose({ mapping, choosingMode: false })}
        onStart={() => start(job)}
      />
    );
  } else if (step === 3) {
    body = <ProgressStep job={job} />;
  } else {
    body = (
      <ResultStep
        spec={spec}
        job={job}
        downloading={actions.downloadErrors.isPending}
        downloadError={actions.downloadErrors.error}
        onDownloadErrors={() => actions.downloadErrors.mutate(job)}
        onImportAnother={importAnother}
      />
    );
  }

  return (
    <>
      <BackToList spec={spec} />
      <PageHeader
        title={t(`imports.targets.${target}.title`)}
        subtitle={t(`imports.targets.${target}.subtitle`)}
      />
      <Card>
        <Steps
          current={step}
          status={step === 4 ? (job?.status === 'completed' ? 'finish' : 'error') : undefined}
          style={{ marginBottom: 32 }}
          items={[
            { title: t('imports.steps.upload') },
            { title: t('imports.steps.mapping') },
            { title: t('imports.steps.duplicates') },
            { title: t('imports.steps.progress') },
            { title: t('imports.steps.result') },
          ]}
        />
        {body}
      </Card>
    </>
  );
}
