import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberChosenLanguage, toAppLanguage, type AppLanguage } from './app-language';

export function useAppLanguage(): {
  language: AppLanguage;
  chooseLanguage: (language: AppLanguage) => void;
} {
  const { i18n } = useTranslation();
  const language = toAppLanguage(i18n.resolvedLanguage) ?? 'zh-CN';
  const chooseLanguage = useCallback(
    (next: AppLanguage) => {
      rememberChosenLanguage(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, chooseLanguage };
}
