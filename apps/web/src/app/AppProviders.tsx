import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { queryClient } from '../shared/api/query-client';
import { usePrefersReducedMotion } from '../shared/hooks/use-prefers-reduced-motion';
import type { AppLanguage } from '../shared/i18n/app-language';
import { i18n } from '../shared/i18n/i18n';
import { useAppLanguage } from '../shared/i18n/use-app-language';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<AppLanguage, unknown>;

const KEHU_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f5eff',
    borderRadius: 8,
    colorBgLayout: '#f5f7fb',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#0f1e46', triggerBg: '#0b1736' },
    Menu: { darkItemBg: '#0f1e46', darkSubMenuItemBg: '#0b1736' },
  },
};

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useAppLanguage();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo<ThemeConfig>(
    () =>
      reducedMotion ? { ...KEHU_THEME, token: { ...KEHU_THEME.token, motion: false } } : KEHU_THEME,
    [reducedMotion],
  );
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
