import type { DealerOrgResponse } from '@kehu/contracts';
import { useTranslation } from 'react-i18next';
import { SimpleAdminListPage } from '../../../shared/list/SimpleAdminListPage';
import { DealerOrgFormDrawer } from '../components/DealerOrgFormDrawer';
import { useDealerOrgMutations } from '../hooks/use-dealer-org-mutations';
import { dealerOrgListSource } from '../hooks/dealer-org-list-source';

export function DealerOrgsPage() {
  const { t } = useTranslation();
  const { remove, restore } = useDealerOrgMutations();
  const orNone = (value: string | null) => value ?? t('common.none');
  return (
    <SimpleAdminListPage<DealerOrgResponse>
      subject="DealerOrg"
      texts={{
        title: t('dealerOrgs.title'),
        subtitle: t('dealerOrgs.subtitle'),
        new: t('dealerOrgs.new'),
        searchPlaceholder: t('dealerOrgs.searchPlaceholder'),
        name: t('dealerOrgs.name'),
        deleteConfirm: t('dealerOrgs.deleteConfirm'),
      }}
      source={dealerOrgListSource}
      columns={[
        { title: t('dealerOrgs.region'), dataIndex: 'region', render: orNone },
        { title: t('dealerOrgs.contactEmail'), dataIndex: 'contactEmail', render: orNone },
        { title: t('dealerOrgs.phone'), dataIndex: 'phone', render: orNone },
      ]}
      remove={(org) => remove.mutateAsync(org)}
      restore={(org) => restore.mutateAsync(org)}
      drawer={({ open, record, onClose }) => (
        <DealerOrgFormDrawer open={open} dealerOrg={record} onClose={onClose} />
      )}
    />
  );
}
