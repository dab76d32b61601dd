import { createKehuClient } from '@kehu/contracts';
import { requestLanguage } from '../i18n/request-language';
import { tokenStore } from './token-store';

/** The one API client of the console; same origin, so the API and console share a host. */
export const kehuClient = createKehuClient({
  baseUrl: '',
  getAccessToken: () => tokenStore.accessToken(),
  getRefreshToken: () => tokenStore.refreshToken(),
  onTokensRefreshed: (tokens) => tokenStore.save(tokens),
  onSessionExpired: () => tokenStore.clear('expired'),
});

// Problem texts and exports come in the language the user sees.
kehuClient.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', requestLanguage());
    return request;
  },
});
