import i18next from 'i18next';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The console's translations, fixed to zh-CN and to English (for unit tests). */
export const zh = i18n.getFixedT('zh-CN');
export const english = i18n.getFixedT('en');
