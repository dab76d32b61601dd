import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface BrandMarkProps {
  /** Only the logo, e.g. in a collapsed sidebar. */
  compact?: boolean;
  tone?: 'light' | 'dark';
}

export function BrandMark({ compact = false, tone = 'dark' }: BrandMarkProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10}>
      <svg width="32" height="32" viewBox="0 0 64 64" aria-hidden focusable="false">
        <rect width="64" height="64" rx="14" fill={tone === 'light' ? '#fff' : '#1f5eff'} />
        <path
          d="M20 16h7v13.5L39.5 16H48L34.5 30.5 49 48h-8.8L27 32.2V48h-7z"
          fill={tone === 'light' ? '#1f5eff' : '#fff'}
        />
      </svg>
      {!compact && (
        <Typography.Text
          strong
          style={{
            fontSize: 17,
            color: tone === 'light' ? '#fff' : undefined,
            whiteSpace: 'nowrap',
          }}
        >
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
