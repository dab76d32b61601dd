import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readChosenLanguage, toAppLanguage } from '../../../shared/i18n/app-language';

/** Uses the language from the user's profile unless they picked one in this browser. */
export function useAdoptUserLanguage(profileLocale: string | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const language = toAppLanguage(profileLocale);
    if (language && !readChosenLanguage()) void i18n.changeLanguage(language);
  }, [profileLocale, i18n]);
}
