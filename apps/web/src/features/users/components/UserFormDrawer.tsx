import type { UserResponse } from '@kehu/contracts';
import { PASSWORD_MIN_LENGTH, ROLES } from '@kehu/domain';
import { App, Form, Input, Select, Switch } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { APP_LANGUAGES } from '../../../shared/i18n/app-language';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useDealerOrgOptions } from '../../dealer-orgs/hooks/use-dealer-org-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { useUserMutations } from '../hooks/use-user-mutations';
import {
  toCreateUserRequest,
  toUserChanges,
  toUserFormValues,
  USER_FORM_FIELDS,
  type UserFormValues,
} from '../user-form-values';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';
import { NamedRecordSelect } from '../../../shared/components/NamedRecordSelect';

interface UserFormDrawerProps {
  open: boolean;
  /** The user to edit, or null to create one. */
  user: UserResponse | null;
  onClose: () => void;
}

export function UserFormDrawer({ open, user, onClose }: UserFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const { language } = useAppLanguage();
  const { teams } = useTeamOptions(open && ability.can('read', 'Team'));
  const { dealerOrgs } = useDealerOrgOptions(open && ability.can('read', 'DealerOrg'));
  const { create, update, fetchUser } = useUserMutations();
  const latest = useRef(user);
  const editing = user !== null;

  const submit = async (values: UserFormValues) => {
    if (latest.current) {
      await update.mutateAsync({
        user: latest.current,
        changes: toUserChanges(latest.current, values),
      });
      void message.success(t('common.saved'));
    } else {
      await create.mutateAsync(toCreateUserRequest(values));
      void message.success(t('common.created', { name: values.name }));
    }
    onClose();
  };

  const reload = async () => {
    if (!user) return {};
    latest.current = await fetchUser(user.id);
    return toUserFormValues(latest.current, language);
  };

  const minLength = String(PASSWORD_MIN_LENGTH);

  return (
    <RecordFormDrawer<UserFormValues>
      open={open}
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      fieldNames={USER_FORM_FIELDS}
      initialValues={toUserFormValues(user, language)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <Form.Item
        name="email"
        label={t('users.email')}
        rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}
      >
        <Input type="email" disabled={editing} maxLength={254} autoComplete="off" />
      </Form.Item>
      <RequiredTextField name="name" label={t('users.name')} maxLength={100} />
      <Form.Item
        name="password"
        label={editing ? t('users.newPassword') : t('users.password')}
        extra={editing ? t('users.newPasswordHelp') : t('users.passwordHelp', { min: minLength })}
        rules={[
          { required: !editing, message: t('common.required') },
          { min: PASSWORD_MIN_LENGTH, message: t('users.passwordTooShort', { min: minLength }) },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('users.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
      >
        <Select
          mode="multiple"
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      <Form.Item name="teamIds" label={t('users.teams')}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
      </Form.Item>
      <Form.Item name="dealerOrgId" label={t('users.dealerOrg')}>
        <NamedRecordSelect records={dealerOrgs} />
      </Form.Item>
      <Form.Item name="locale" label={t('users.locale')}>
        <Select
          options={APP_LANGUAGES.map((locale) => ({
            value: locale,
            label: t(`language.${locale}`),
          }))}
        />
      </Form.Item>
      {editing && (
        <Form.Item name="active" label={t('users.status')} valuePropName="checked">
          <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
        </Form.Item>
      )}
    </RecordFormDrawer>
  );
}
