import { InboxOutlined } from '@ant-design/icons';
import { Alert, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import {
  IMPORT_FILE_EXTENSIONS,
  IMPORT_MAX_BYTES,
  importFileProblem,
  megabytes,
  type ImportFileProblem,
} from '../import-file-check';

interface UploadStepProps {
  uploading: boolean;
  /** Bytes sent so far, 0–100. */
  percent: number;
  error: unknown;
  onFile: (file: File) => void;
}

const PROBLEM_KEYS = {
  type: 'imports.upload.wrongType',
  empty: 'imports.upload.empty',
  tooLarge: 'imports.upload.tooLarge',
} as const satisfies Record<ImportFileProblem, string>;

/** Step 1: one CSV or XLSX file, dropped or chosen, checked here before it is sent. */
export function UploadStep({ uploading, percent, error, onFile }: UploadStepProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ name: string; problem: ImportFileProblem | null } | null>(
    null,
  );
  const size = megabytes(IMPORT_MAX_BYTES);

  const choose = (file: File) => {
    const problem = importFileProblem(file);
    setChosen({ name: file.name, problem });
    if (problem === null) onFile(file);
  };

  return (
    <>
      <Upload.Dragger
        accept={IMPORT_FILE_EXTENSIONS.join(',')}
        multiple={false}
        showUploadList={false}
        disabled={uploading}
        beforeUpload={(file) => {
          choose(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.upload.drop')}</p>
        <p className="ant-upload-hint">{t('imports.upload.hint', { size })}</p>
      </Upload.Dragger>
      {chosen?.problem && (
        <Alert
          type="error"
          showIcon
          title={t(PROBLEM_KEYS[chosen.problem], { name: chosen.name, size })}
          style={{ marginTop: 16 }}
        />
      )}
      {uploading && chosen && (
        <div style={{ marginTop: 16 }} role="status">
          <Typography.Text>
            {percent < 100
              ? t('imports.upload.uploading', { name: chosen.name })
              : t('imports.upload.reading')}
          </Typography.Text>
          <Progress percent={percent} status="active" aria-label={chosen.name} />
        </div>
      )}
      {!uploading && error !== null && error !== undefined && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={error} />
        </div>
      )}
    </>
  );
}
