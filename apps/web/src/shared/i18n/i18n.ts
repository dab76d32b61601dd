import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserLanguage, readChosenLanguage, type AppLanguage } from './app-language';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

const DAYJS_LOCALES: Record<AppLanguage, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language: string) => {
  const appLanguage: AppLanguage = language === 'en' ? 'en' : 'zh-CN';
  dayjs.locale(DAYJS_LOCALES[appLanguage]);
  document.documentElement.lang = appLanguage;
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: readChosenLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
