import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebFormResponse } from '../lead-settings-types';

/** The form's embeddable HTML, read-only, with a copy button. */
export function EmbedSnippet({ form }: { form: WebFormResponse }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(form.embedSnippet);
      void message.success(t('leadSettings.webForms.copied'));
    } catch {
      void message.error(t('leadSettings.webForms.copyFailed'));
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('leadSettings.webForms.snippetHelp')}</Typography.Text>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('leadSettings.webForms.copy')}
        </Button>
      </Flex>
      <Input.TextArea
        readOnly
        value={form.embedSnippet}
        aria-label={t('leadSettings.webForms.snippet')}
        autoSize={{ minRows: 6, maxRows: 16 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
      />
    </Flex>
  );
}
