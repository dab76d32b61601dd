import type { CreatedApiKeyResponse } from '@kehu/contracts';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface CreatedApiKeyModalProps {
  apiKey: CreatedApiKeyResponse | null;
  onClose: () => void;
}

/** Shows the new key's secret the one time the API returns it. */
export function CreatedApiKeyModal({ apiKey, onClose }: CreatedApiKeyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={apiKey !== null}
      title={t('apiKeys.createdTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKeys.copied')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('apiKeys.createdWarning')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph strong>{apiKey?.name}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ text: apiKey?.key ?? '' }}
        style={{ wordBreak: 'break-all', fontSize: 14 }}
      >
        {apiKey?.key}
      </Typography.Paragraph>
    </Modal>
  );
}
