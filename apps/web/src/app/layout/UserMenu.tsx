import { CheckOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../features/auth/hooks/use-session';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { useUpdateProfile } from '../../features/auth/hooks/use-update-profile';
import { APP_LANGUAGES, type AppLanguage } from '../../shared/i18n/app-language';
import { usePhoneScreen } from '../../shared/components/ResponsiveFilters';
import { useAppLanguage } from '../../shared/i18n/use-app-language';

function initialsOf(name: string): string {
  return name.trim().slice(0, 1).toUpperCase();
}

const languageKey = (language: AppLanguage): string => `language:${language}`;

/** Name, roles, language choice and sign out, in the top-right corner. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { language, chooseLanguage } = useAppLanguage();
  const signOut = useSignOut();
  const phone = usePhoneScreen();
  const updateProfile = useUpdateProfile();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    {
      key: 'profile',
      disabled: true,
      label: (
        <Flex vertical gap={4} style={{ padding: '4px 0', maxWidth: 260 }}>
          <Typography.Text type="secondary">{t('auth.signedInAs')}</Typography.Text>
          <Typography.Text strong>{user.name}</Typography.Text>
          <Typography.Text type="secondary">{user.email}</Typography.Text>
          <Flex gap={4} wrap>
            {user.roles.map((role) => (
              <Tag key={role} color="blue">
                {t(`roles.${role}`)}
              </Tag>
            ))}
          </Flex>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'account', icon: <UserOutlined />, label: t('account.menu') },
    { type: 'divider' },
    {
      type: 'group',
      key: 'language',
      label: t('language.label'),
      children: APP_LANGUAGES.map((option) => ({
        key: languageKey(option),
        label: t(`language.${option}`),
        icon: option === language ? <CheckOutlined /> : <span style={{ width: 14 }} />,
      })),
    },
    { type: 'divider' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('auth.signOut') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'sign-out') {
      void signOut();
      return;
    }
    if (key === 'account') {
      void navigate('/account');
      return;
    }
    const picked = APP_LANGUAGES.find((option) => languageKey(option) === key);
    if (picked) {
      chooseLanguage(picked);
      // Saved in the profile, so it follows the user to any browser.
      updateProfile.mutate({ locale: picked });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" style={{ height: 48 }} aria-label={user.name}>
        <Flex align="center" gap={8}>
          <Avatar style={{ backgroundColor: '#1f5eff' }}>{initialsOf(user.name)}</Avatar>
          {!phone && <Typography.Text strong>{user.name}</Typography.Text>}
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
