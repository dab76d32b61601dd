import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** Shown in the accessible names, e.g. "Edit East". */
  recordName: string;
  onEdit?: () => void;
  onDelete?: () => Promise<void>;
  deleteConfirm?: string;
  children?: ReactNode;
}

/** The edit / delete buttons of a table row; a button is left out when its handler is. */
export function RowActions({
  recordName,
  onEdit,
  onDelete,
  deleteConfirm,
  children,
}: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {onEdit && (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          onClick={onEdit}
          aria-label={`${t('common.edit')} ${recordName}`}
        >
          {t('common.edit')}
        </Button>
      )}
      {children}
      {onDelete && (
        <Popconfirm
          title={deleteConfirm}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => void onDelete()}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`${t('common.delete')} ${recordName}`}
          >
            {t('common.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
