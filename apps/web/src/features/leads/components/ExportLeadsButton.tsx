import { useTranslation } from 'react-i18next';
import { ExportMenuButton } from '../../../shared/components/ExportMenuButton';
import { useLeadExport } from '../hooks/use-lead-export';
import type { LeadListQuery } from '../lead-types';

/** Downloads the leads list as it is filtered now, as CSV or Excel. */
export function ExportLeadsButton({ query }: { query: LeadListQuery }) {
  const { t } = useTranslation();
  const exportList = useLeadExport();
  return (
    <ExportMenuButton
      help={t('leads.list.exportHelp')}
      pending={exportList.isPending}
      onExport={(format) => exportList.mutateAsync({ query, format })}
    />
  );
}
