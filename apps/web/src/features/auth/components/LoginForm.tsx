import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { isApiProblemError, type LoginRequest } from '@kehu/contracts';
import { Alert, Button, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { SignInEmailField } from '../../../shared/components/SignInEmailField';
import { useCountdown } from '../hooks/use-countdown';
import { useSignIn } from '../hooks/use-sign-in';

function signInErrorMessage(t: TFunction, error: unknown, secondsLeft: number): string | null {
  if (!error) return null;
  if (isApiProblemError(error) && error.status === 401) return t('auth.invalidCredentials');
  if (isApiProblemError(error) && error.status === 429) {
    if (error.retryAfterSeconds === null) return t('auth.rateLimitedNoTime');
    return secondsLeft > 0 ? t('auth.rateLimited', { seconds: String(secondsLeft) }) : null;
  }
  return describeProblem(t, error).message;
}

export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const signIn = useSignIn();
  const [secondsLeft, startCountdown] = useCountdown();

  const submit = (credentials: LoginRequest) => {
    signIn.mutate(credentials, {
      onError: (error) => {
        if (isApiProblemError(error) && error.status === 429) {
          startCountdown(error.retryAfterSeconds ?? 0);
        }
      },
    });
  };
  const errorMessage = signInErrorMessage(t, signIn.error, secondsLeft);

  return (
    <Form form={form} layout="vertical" size="large" requiredMark={false} onFinish={submit}>
      {errorMessage && (
        <Alert
          type="error"
          showIcon
          title={errorMessage}
          role="alert"
          style={{ marginBottom: 24 }}
        />
      )}
      <SignInEmailField prefix={<MailOutlined />} />
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={signIn.isPending}
        disabled={secondsLeft > 0}
      >
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
