import { Button, Flex, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import type { ImportTarget } from '../import-targets';
import type { DuplicateMode } from '../import-types';

const MODES: readonly DuplicateMode[] = ['skip', 'update', 'create'];

interface DuplicateModeStepProps {
  target: ImportTarget;
  mode: DuplicateMode;
  onChange: (mode: DuplicateMode) => void;
  starting: boolean;
  error: unknown;
  onBack: () => void;
  onStart: () => void;
}

/** Step 3: what happens to a row that matches an existing record, each choice explained. */
export function DuplicateModeStep(props: DuplicateModeStepProps) {
  const { target, mode, onChange, starting, error, onBack, onStart } = props;
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph>{t(`imports.targets.${target}.duplicatesIntro`)}</Typography.Paragraph>
      <Radio.Group
        value={mode}
        onChange={(event) => onChange(event.target.value as DuplicateMode)}
        aria-label={t('imports.steps.duplicates')}
      >
        <Space orientation="vertical" size="middle">
          {MODES.map((option) => (
            <Radio key={option} value={option}>
              <Typography.Text strong>
                {t(`imports.targets.${target}.modes.${option}.title`)}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t(`imports.targets.${target}.modes.${option}.description`)}
              </Typography.Paragraph>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {error !== null && error !== undefined && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={error} />
        </div>
      )}
      <Flex justify="space-between" style={{ marginTop: 24 }}>
        <Button onClick={onBack} disabled={starting}>
          {t('imports.duplicates.back')}
        </Button>
        <Button type="primary" loading={starting} onClick={onStart}>
          {t('imports.duplicates.start')}
        </Button>
      </Flex>
    </>
  );
}
