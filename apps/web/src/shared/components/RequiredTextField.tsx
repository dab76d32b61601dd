import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface RequiredTextFieldProps {
  name: string;
  label: string;
  maxLength: number;
  autoFocus?: boolean;
  placeholder?: string;
  /** What it says when left empty or blank; "required" unless told. */
  message?: string;
}

/** A one-line text input of a form that may not be left empty or blank (a name, a title). */
export function RequiredTextField({
  name,
  label,
  maxLength,
  autoFocus,
  placeholder,
  message,
}: RequiredTextFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: message ?? t('common.required') }]}
    >
      <Input maxLength={maxLength} autoFocus={autoFocus} placeholder={placeholder} />
    </Form.Item>
  );
}
