import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { useCustomerTagMutations } from '../hooks/use-customer-tag-mutations';
import { TagSelect } from './TagSelect';

export type BulkTagMode = 'add' | 'remove';

interface BulkTagModalProps {
  /** Null when closed. */
  target: { mode: BulkTagMode; customerIds: string[] } | null;
  onClose: () => void;
  onDone: () => void;
}

/** The API's limit of tags per bulk request. */
const MAX_TAGS = 100;
const FIELD_NAMES = ['tagIds'] as const;

/** Puts tags on the selected customers, or takes them off: all or nothing. */
export function BulkTagModal({ target, onClose, onDone }: BulkTagModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { bulk } = useCustomerTagMutations();
  const adding = target?.mode !== 'remove';
  const count = target?.customerIds.length ?? 0;

  const submit = async ({ tagIds }: { tagIds: string[] }) => {
    if (!target) return;
    const { customerIds } = target;
    const result = await bulk.mutateAsync(
      adding ? { customerIds, addTagIds: tagIds } : { customerIds, removeTagIds: tagIds },
    );
    void message.success(
      adding
        ? t('tags.bulk.addedDone', { count: result.changed })
        : t('tags.bulk.removedDone', { count: result.changed }),
    );
    onDone();
    onClose();
  };

  return (
    <FormModal<{ tagIds: string[] }>
      open={target !== null}
      title={adding ? t('tags.bulk.addTitle', { count }) : t('tags.bulk.removeTitle', { count })}
      okText={adding ? t('tags.bulk.add') : t('tags.bulk.remove')}
      danger={!adding}
      fieldNames={FIELD_NAMES}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="tagIds"
        label={t('tags.bulk.tags')}
        extra={adding ? t('tags.bulk.addHelp') : t('tags.bulk.removeHelp')}
        rules={[{ required: true, message: t('tags.bulk.chooseTags') }]}
      >
        <TagSelect
          aria-label={t('tags.bulk.tags')}
          placeholder={t('tags.bulk.chooseTags')}
          maxCount={MAX_TAGS}
          autoFocus
        />
      </Form.Item>
    </FormModal>
  );
}
