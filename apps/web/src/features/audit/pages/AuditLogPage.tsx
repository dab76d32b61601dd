import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../shared/list/ListPage';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { AuditFilterFields } from '../components/AuditFilterFields';
import { AuditTable } from '../components/AuditTable';
import { auditListCodec, auditListSource, toAuditListQuery } from '../hooks/audit-list-source';

export function AuditLogPage() {
  const { t } = useTranslation();
  const page = useListPageState({
    codec: auditListCodec,
    toQuery: toAuditListQuery,
    source: auditListSource,
  });

  return (
    <ListPage
      page={page}
      title={t('audit.title')}
      subtitle={t('audit.subtitle')}
      filters={
        <AuditFilterFields
          key={page.state.entityId ?? ''}
          filters={page.state}
          onChange={page.setState}
        />
      }
    >
      {() => <AuditTable entries={page.list.items} loading={page.list.isLoading} />}
    </ListPage>
  );
}
