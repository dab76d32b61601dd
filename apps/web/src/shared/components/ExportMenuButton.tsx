import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/describe-problem';

export type ExportFormat = 'csv' | 'xlsx';

interface ExportMenuButtonProps {
  /** Downloads the file; resolves to the name it was saved under. */
  onExport: (format: ExportFormat) => Promise<string>;
  pending: boolean;
  /** What the file holds, shown on hover. */
  help: string;
}

/** "Export" with a CSV / Excel menu; says when the file is being made, saved, or refused. */
export function ExportMenuButton({ onExport, pending, help }: ExportMenuButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const download = async (format: ExportFormat) => {
    const key = 'list-export';
    void message.loading({ key, content: t('common.export.exporting'), duration: 0 });
    try {
      const name = await onExport(format);
      void message.success({ key, content: t('common.export.exported', { name }) });
    } catch (error) {
      void message.error({ key, content: describeProblem(t, error).message });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('common.export.csv') },
          { key: 'xlsx', label: t('common.export.xlsx') },
        ],
        onClick: ({ key }) => void download(key === 'xlsx' ? 'xlsx' : 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={pending} title={help}>
        {t('common.export.button')}
      </Button>
    </Dropdown>
  );
}
