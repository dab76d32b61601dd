import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  browserLanguage,
  languageAfterSignIn,
  readChosenLanguage,
} from '../../../shared/i18n/app-language';

/**
 * Once the profile is loaded: the language the user saved, else the browser's.
 * `undefined` means the profile is not loaded yet, so nothing changes.
 */
export function useAdoptUserLanguage(profileLocale: string | null | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (profileLocale === undefined) return;
    const language = languageAfterSignIn(profileLocale, readChosenLanguage(), browserLanguage());
    if (language !== i18n.resolvedLanguage) void i18n.changeLanguage(language);
  }, [profileLocale, i18n]);
}
