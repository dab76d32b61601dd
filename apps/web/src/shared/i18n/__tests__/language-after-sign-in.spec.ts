import { languageAfterSignIn } from '../app-language';

describe('the language after sign-in', () => {
  it('is the language the user saved, whatever this browser says', () => {
    expect(languageAfterSignIn('en', 'zh-CN', 'zh-CN')).toBe('en');
    expect(languageAfterSignIn('zh-CN', 'en', 'en')).toBe('zh-CN');
  });

  it('without a saved one, is the pick made in this browser, else the browser’s own', () => {
    expect(languageAfterSignIn(null, 'en', 'zh-CN')).toBe('en');
    expect(languageAfterSignIn(null, null, 'en')).toBe('en');
    expect(languageAfterSignIn(undefined, null, 'zh-CN')).toBe('zh-CN');
  });

  it('ignores a saved value the console does not speak', () => {
    expect(languageAfterSignIn('fr', null, 'en')).toBe('en');
  });
});
