import { isApiProblemError } from '@kehu/contracts';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeProblem } from '../../../shared/api/describe-problem';
import { SignInEmailField } from '../../../shared/components/SignInEmailField';
import { SignInLayout } from '../../../shared/components/SignInLayout';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../hooks/use-account-mutations';

function RequestForm({ onHaveCode }: { onHaveCode: () => void }) {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const unavailable = isApiProblemError(request.error) && request.error.status === 409;
  return (
    <Form
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values: { email: string }) => request.mutate(values)}
    >
      <Typography.Paragraph type="secondary">
        {t('account.resetRequestSubtitle')}
      </Typography.Paragraph>
      {request.isSuccess && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('account.resetRequestSent')}
          style={{ marginBottom: 24 }}
        />
      )}
      {request.error && (
        <Alert
          type={unavailable ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={
            unavailable ? t('account.resetUnavailable') : describeProblem(t, request.error).message
          }
          style={{ marginBottom: 24 }}
        />
      )}
      <SignInEmailField />
      <Button type="primary" htmlType="submit" block loading={request.isPending}>
        {t('account.resetRequestSubmit')}
      </Button>
      <Button type="link" block onClick={onHaveCode} style={{ marginTop: 8 }}>
        {t('account.haveCode')}
      </Button>
    </Form>
  );
}

interface ConfirmValues {
  token: string;
  newPassword: string;
  confirmPassword: string;
}

function ConfirmForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConfirmValues>();
  const confirm = useConfirmPasswordReset();

  const submit = ({ token: code, newPassword }: ConfirmValues) =>
    confirm.mutate(
      { token: code.trim(), newPassword },
      {
        onError: (error) => {
          if (!isApiProblemError(error)) return;
          for (const { field, message: reason } of error.fieldErrors) {
            if (field === 'token')
              form.setFields([{ name: 'token', errors: [t('account.resetCodeInvalid')] }]);
            if (field === 'newPassword')
              form.setFields([{ name: field, errors: [t('account.weakPassword', { reason })] }]);
          }
        },
      },
    );

  if (confirm.isSuccess) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('account.resetDone')}
        action={
          <Link to="/login">
            <Button type="primary">{t('auth.submit')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      initialValues={{ token }}
      onFinish={submit}
    >
      {confirm.error && !isApiProblemError(confirm.error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeProblem(t, confirm.error).message}
          style={{ marginBottom: 24 }}
        />
      )}
      <Form.Item
        name="token"
        label={t('account.resetCode')}
        hidden={token !== ''}
        rules={[{ required: true, whitespace: true, message: t('account.resetCodeRequired') }]}
      >
        <Input autoComplete="one-time-code" />
      </Form.Item>
      <NewPasswordFields extra={t('account.passwordHint')} autoFocus={token !== ''} />
      <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
        {t('account.resetConfirmSubmit')}
      </Button>
    </Form>
  );
}

/**
 * Password reset without signing in: ask for a mail, then set a new password with the
 * code from it (the mail's link opens this page with the code filled in).
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const linkToken = searchParams.get('token') ?? '';
  const [enteringCode, setEnteringCode] = useState(linkToken !== '');

  return (
    <SignInLayout>
      <Typography.Title level={2} style={{ marginBottom: 16 }}>
        {t('account.resetTitle')}
      </Typography.Title>
      {enteringCode ? (
        <ConfirmForm token={linkToken} />
      ) : (
        <RequestForm onHaveCode={() => setEnteringCode(true)} />
      )}
      <Typography.Paragraph style={{ marginTop: 24, textAlign: 'center' }}>
        <Link to="/login">{t('account.backToSignIn')}</Link>
      </Typography.Paragraph>
    </SignInLayout>
  );
}
