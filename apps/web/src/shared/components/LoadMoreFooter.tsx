import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface LoadMoreFooterProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Keyset pagination has no total: show how many are loaded and offer the next page. */
export function LoadMoreFooter({ shown, hasMore, loading, onLoadMore }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  if (shown === 0) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t('common.shownCount', { count: shown })}</Typography.Text>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">· {t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
