import { Button, Flex } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface FormButtonsProps {
  onCancel: () => void;
  /** The submit button's text; "Save" by default. */
  okText?: string;
  /** For actions that take something away. */
  danger?: boolean;
  saving: boolean;
  /** The id of the form to submit, when the buttons stand outside it (a drawer footer). */
  form?: string;
  style?: CSSProperties;
}

/** Cancel and submit, at the end of a form. */
export function FormButtons({ onCancel, okText, danger, saving, form, style }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" gap={8} style={style}>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" danger={danger} htmlType="submit" form={form} loading={saving}>
        {okText ?? t('common.save')}
      </Button>
    </Flex>
  );
}
