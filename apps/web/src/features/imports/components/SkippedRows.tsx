import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSkippedRows } from '../hooks/use-skipped-rows';
import { skippedReasonText } from '../import-skipped';

/** The rows an import skipped (duplicates, empty rows), each with why. */
export function SkippedRows({ importId, count }: { importId: string; count: number }) {
  const { t } = useTranslation();
  const query = useSkippedRows(importId, count > 0);
  if (count === 0) return null;
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('imports.skippedRows.title', { count })}
      </Typography.Title>
      {query.error !== null && (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      <Table
        size="small"
        pagination={false}
        loading={query.isLoading}
        aria-label={t('imports.skippedRows.title', { count })}
        rowKey={(row) => `${row.row}-${row.reason}`}
        dataSource={rows}
        columns={[
          { title: t('imports.skippedRows.row'), dataIndex: 'row', width: 100 },
          {
            title: t('imports.skippedRows.reason'),
            dataIndex: 'reason',
            render: (reason: string) => skippedReasonText(reason, t),
          },
        ]}
      />
      {query.hasNextPage && (
        <Button
          style={{ marginTop: 8 }}
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('imports.skippedRows.more')}
        </Button>
      )}
    </>
  );
}
