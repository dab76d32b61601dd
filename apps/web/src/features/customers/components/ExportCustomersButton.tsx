import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import type { CustomerListQuery } from '../customer-types';
import { useCustomerExport, type CustomerExportFormat } from '../hooks/use-customer-export';

/** Downloads the list as it is filtered now, as CSV or Excel. */
export function ExportCustomersButton({ query }: { query: CustomerListQuery }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportList = useCustomerExport();

  const download = async (format: CustomerExportFormat) => {
    const key = 'customer-export';
    void message.loading({ key, content: t('customers.list.exporting'), duration: 0 });
    try {
      const name = await exportList.mutateAsync({ query, format });
      void message.success({ key, content: t('customers.list.exported', { name }) });
    } catch (error) {
      void message.error({ key, content: describeProblem(t, error).message });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('customers.list.exportCsv') },
          { key: 'xlsx', label: t('customers.list.exportXlsx') },
        ],
        onClick: ({ key }) => void download(key === 'xlsx' ? 'xlsx' : 'csv'),
      }}
    >
      <Button
        icon={<DownloadOutlined />}
        loading={exportList.isPending}
        title={t('customers.list.exportHelp')}
      >
        {t('customers.list.export')}
      </Button>
    </Dropdown>
  );
}
