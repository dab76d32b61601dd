import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/describe-problem';

interface UndoableDeleteOptions<TRecord> {
  remove: (record: TRecord) => Promise<void>;
  restore: (record: TRecord) => Promise<void>;
  nameOf: (record: TRecord) => string;
}

/** Soft delete, then offer an Undo that restores the record. */
export function useUndoableDelete<TRecord extends { id: string }>({
  remove,
  restore,
  nameOf,
}: UndoableDeleteOptions<TRecord>): (record: TRecord) => Promise<void> {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();

  const undo = async (record: TRecord, key: string) => {
    notification.destroy(key);
    try {
      await restore(record);
      void message.success(t('common.restored', { name: nameOf(record) }));
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  return async (record: TRecord) => {
    try {
      await remove(record);
    } catch (error) {
      void message.error(describeProblem(t, error).message);
      return;
    }
    const key = `deleted-${record.id}`;
    notification.success({
      key,
      title: t('common.deletedWithUndo', { name: nameOf(record) }),
      duration: 8,
      actions: (
        <Button size="small" type="primary" onClick={() => void undo(record, key)}>
          {t('common.undo')}
        </Button>
      ),
    });
  };
}
