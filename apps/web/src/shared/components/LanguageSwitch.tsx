import { GlobalOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { APP_LANGUAGES, type AppLanguage } from '../i18n/app-language';
import { useAppLanguage } from '../i18n/use-app-language';
import { useTranslation } from 'react-i18next';

/** zh-CN / English toggle for places without the user menu (the sign-in page). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, chooseLanguage } = useAppLanguage();
  return (
    <Segmented<AppLanguage>
      aria-label={t('language.label')}
      value={language}
      onChange={chooseLanguage}
      options={APP_LANGUAGES.map((value) => ({
        value,
        label: t(`language.${value}`),
        icon: value === language ? <GlobalOutlined /> : undefined,
      }))}
    />
  );
}
