import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { AuditTable } from '../components/AuditTable';
import { useAuditList, type AuditFilters } from '../hooks/use-audit-list';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const list = useAuditList(filters);

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFilterBar filters={filters} onChange={setFilters} />
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <AuditTable entries={list.items} loading={list.isLoading} />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
