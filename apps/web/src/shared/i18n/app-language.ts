export const APP_LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

const STORAGE_KEY = 'kehu.language';

export function toAppLanguage(value: string | null | undefined): AppLanguage | null {
  if (!value) return null;
  if (value.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (value.toLowerCase().startsWith('en')) return 'en';
  return null;
}

/** The language the user picked explicitly in this browser, if any. */
export function readChosenLanguage(): AppLanguage | null {
  return toAppLanguage(localStorage.getItem(STORAGE_KEY));
}

export function rememberChosenLanguage(language: AppLanguage): void {
  localStorage.setItem(STORAGE_KEY, language);
}

export function browserLanguage(): AppLanguage {
  for (const candidate of navigator.languages) {
    const language = toAppLanguage(candidate);
    if (language) return language;
  }
  return 'zh-CN';
}

/**
 * The console language once a user has signed in: the one saved in their profile if they
 * chose one, else this browser's (a pick made here before signing in, else its own
 * language). The same rule for every role.
 */
export function languageAfterSignIn(
  saved: string | null | undefined,
  chosenHere: AppLanguage | null,
  browser: AppLanguage,
): AppLanguage {
  return toAppLanguage(saved) ?? chosenHere ?? browser;
}
