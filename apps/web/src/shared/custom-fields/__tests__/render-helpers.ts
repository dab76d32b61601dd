import { AbilityProvider } from '@casl/react';
import { createAbility } from '@kehu/domain';
import type { UserResponse } from '@kehu/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { SessionContext } from '../../../features/auth/hooks/use-session';
import { en } from '../../i18n/locales/en';
import { zhCN } from '../../i18n/locales/zh-CN';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'en',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export const ME = {
  id: '0b0c5d4e-1111-4222-8333-944455556666',
  name: '李明',
  email: 'rep1@kehu.local',
  roles: ['sales_rep'],
  teamIds: [],
} as unknown as UserResponse;

/**
 * Markup of a component as the console renders it for a signed-in sales rep, in a language;
 * `queryClient` holds what its queries have loaded (by default nothing, and nothing loads).
 */
export async function renderMarkup(
  element: ReactElement,
  language = 'zh-CN',
  queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } }),
): Promise<string> {
  await i18n.changeLanguage(language);
  const session = { user: ME, ability: createAbility([]) };
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(
        SessionContext.Provider,
        { value: session },
        createElement(AbilityProvider, {
          value: session.ability,
          children: createElement(QueryClientProvider, { client: queryClient }, element),
        }),
      ),
    ),
  );
}
