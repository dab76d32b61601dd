import { Col, Row, Statistic, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../import-types';

const COUNTS = ['total', 'processed', 'created', 'updated', 'skipped', 'failed'] as const;
type CountKey = (typeof COUNTS)[number];

function valueOf(job: ImportJob, key: CountKey): number | string {
  if (key === 'total') return job.totalRows ?? '—';
  if (key === 'processed') return job.processedRows;
  return job[key];
}

/** The rows of an import so far: total, processed, and what became of them. */
export function ImportCounts({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Row gutter={[16, 16]} role="list" aria-label={t('imports.steps.result')}>
      {COUNTS.map((key) => (
        <Col key={key} xs={12} sm={8} md={4} role="listitem" data-count={key}>
          <Statistic
            title={t(`imports.counts.${key}`)}
            value={valueOf(job, key)}
            styles={
              key === 'failed' && job.failed > 0 ? { content: { color: token.colorError } } : {}
            }
          />
        </Col>
      ))}
    </Row>
  );
}
