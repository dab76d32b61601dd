import { useTranslation } from 'react-i18next';
import { ExportMenuButton } from '../../../shared/components/ExportMenuButton';
import type { CustomerListQuery } from '../customer-types';
import { useCustomerExport } from '../hooks/use-customer-export';

/** Downloads the list as it is filtered now, as CSV or Excel. */
export function ExportCustomersButton({ query }: { query: CustomerListQuery }) {
  const { t } = useTranslation();
  const exportList = useCustomerExport();
  return (
    <ExportMenuButton
      help={t('customers.list.exportHelp')}
      pending={exportList.isPending}
      onExport={(format) => exportList.mutateAsync({ query, format })}
    />
  );
}
