import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLOR_PRESETS } from '../tag-color';

interface TagColorFieldProps {
  value?: string | null;
  onChange?: (color: string | null) => void;
}

/** A tag's colour from a fixed palette (or none), so chips stay readable; a Form.Item input. */
export function TagColorField({ value, onChange }: TagColorFieldProps) {
  const { t } = useTranslation();
  const chosen = value?.toLowerCase() ?? null;
  return (
    <Flex gap={6} wrap role="group" aria-label={t('tags.fields.color')}>
      <Tooltip title={t('tags.colors.none')}>
        <Button
          shape="circle"
          size="small"
          aria-label={t('tags.colors.none')}
          aria-pressed={chosen === null}
          icon={<StopOutlined />}
          type={chosen === null ? 'primary' : 'default'}
          onClick={() => onChange?.(null)}
        />
      </Tooltip>
      {TAG_COLOR_PRESETS.map((color) => (
        <Button
          key={color}
          shape="circle"
          size="small"
          aria-label={color}
          aria-pressed={chosen === color}
          icon={chosen === color ? <CheckOutlined style={{ color: '#fff' }} /> : undefined}
          onClick={() => onChange?.(color)}
          style={{ background: color, borderColor: color }}
        />
      ))}
    </Flex>
  );
}
