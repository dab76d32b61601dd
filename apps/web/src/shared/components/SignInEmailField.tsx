import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The e-mail field (`email`) of the forms used without a session, focused first. */
export function SignInEmailField({ prefix }: { prefix?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t('auth.email')}
      rules={[
        { required: true, message: t('auth.emailRequired') },
        { type: 'email', message: t('auth.emailInvalid') },
      ]}
    >
      <Input prefix={prefix} autoComplete="username" autoFocus />
    </Form.Item>
  );
}
