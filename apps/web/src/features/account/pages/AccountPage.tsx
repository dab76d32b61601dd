import { isApiProblemError } from '@kehu/contracts';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { PageHeader } from '../../../shared/components/PageHeader';
import { APP_LANGUAGES, type AppLanguage } from '../../../shared/i18n/app-language';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useSession } from '../../auth/hooks/use-session';
import { useUpdateProfile } from '../../auth/hooks/use-update-profile';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { useChangePassword } from '../hooks/use-account-mutations';

/** The select's value for "no saved language": the console follows the browser. */
const BROWSER = 'browser';

interface ProfileValues {
  name: string;
  locale: AppLanguage | typeof BROWSER;
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ProfileCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const { chooseLanguage } = useAppLanguage();
  const [form] = Form.useForm<ProfileValues>();
  const update = useUpdateProfile();

  const submit = (values: ProfileValues) => {
    const locale = values.locale === BROWSER ? null : values.locale;
    update.mutate(
      { name: values.name, locale },
      {
        onSuccess: () => {
          if (locale) chooseLanguage(locale);
          void message.success(t('account.saved'));
        },
      },
    );
  };

  return (
    <Card title={t('account.profileTitle')}>
      {update.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeProblem(t, update.error).message}
          description={describeProblem(t, update.error).detail}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: user.name, locale: user.locale ?? BROWSER }}
        onFinish={submit}
        style={{ maxWidth: 420 }}
      >
        <Form.Item label={t('account.email')}>
          <Typography.Text>{user.email}</Typography.Text>
        </Form.Item>
        <Form.Item
          name="name"
          label={t('account.name')}
          rules={[{ required: true, whitespace: true, message: t('account.nameRequired') }]}
        >
          <Input maxLength={120} autoComplete="name" />
        </Form.Item>
        <Form.Item name="locale" label={t('account.language')}>
          <Select
            options={[
              { value: BROWSER, label: t('account.languageBrowser') },
              ...APP_LANGUAGES.map((language) => ({
                value: language,
                label: t(`language.${language}`),
              })),
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('account.save')}
        </Button>
      </Form>
    </Card>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: PasswordValues) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.passwordChanged'));
        },
        onError: (error) => {
          if (!isApiProblemError(error)) return;
          for (const { field, message: reason } of error.fieldErrors) {
            if (field === 'currentPassword')
              form.setFields([{ name: field, errors: [t('account.currentPasswordWrong')] }]);
            if (field === 'newPassword')
              form.setFields([{ name: field, errors: [t('account.weakPassword', { reason })] }]);
          }
        },
      },
    );
  };
  const fieldErrorsShown =
    isApiProblemError(change.error) &&
    change.error.fieldErrors.length > 0 &&
    change.error.fieldErrors.every((error) =>
      ['currentPassword', 'newPassword'].includes(error.field),
    );

  return (
    <Card title={t('account.passwordTitle')}>
      <Typography.Paragraph type="secondary">{t('account.passwordHint')}</Typography.Paragraph>
      {change.error && !fieldErrorsShown && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeProblem(t, change.error).message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        style={{ maxWidth: 420 }}
      >
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('account.currentPasswordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

/** The signed-in user's own profile and password. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle')} />
      <Flex vertical gap={16}>
        <ProfileCard />
        <PasswordCard />
      </Flex>
    </>
  );
}
