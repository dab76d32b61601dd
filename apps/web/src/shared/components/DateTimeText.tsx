import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

interface DateTimeTextProps {
  value: string | null | undefined;
  empty?: string;
}

/** An ISO timestamp shown in local time; the full value on hover. */
export function DateTimeText({ value, empty }: DateTimeTextProps) {
  const { t } = useTranslation();
  if (!value) return <>{empty ?? t('common.none')}</>;
  const time = dayjs(value);
  return (
    <Tooltip title={time.format('YYYY-MM-DD HH:mm:ss Z')}>
      <span>{time.format('YYYY-MM-DD HH:mm')}</span>
    </Tooltip>
  );
}
