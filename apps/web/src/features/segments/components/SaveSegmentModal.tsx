import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import type { CustomerListState } from '../../customers/customer-list-filters';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import { toSegmentFilter } from '../segment-filter';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface SaveSegmentValues {
  name: string;
  description?: string;
}

const FIELD_NAMES = ['name', 'description'] as const;

interface SaveSegmentModalProps {
  /** The list's search and filters to save; null when closed. */
  state: CustomerListState | null;
  onClose: () => void;
}

/** Saves the customer list's current search and filters as a dynamic segment. */
export function SaveSegmentModal({ state, onClose }: SaveSegmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create } = useSegmentMutations();

  const submit = async ({ name, description }: SaveSegmentValues) => {
    if (!state) return;
    const segment = await create.mutateAsync({
      name: name.trim(),
      description: description?.trim() || null,
      kind: 'dynamic',
      filter: toSegmentFilter(state),
    });
    void message.success(t('segments.save.done', { name: segment.name }));
    onClose();
  };

  return (
    <FormModal<SaveSegmentValues>
      open={state !== null}
      title={t('segments.save.title')}
      okText={t('common.save')}
      fieldNames={FIELD_NAMES}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('segments.save.help')}</Typography.Paragraph>
      <RequiredTextField
        name="name"
        label={t('segments.fields.name')}
        maxLength={120}
        autoFocus
        placeholder={t('segments.save.namePlaceholder')}
      />
      <Form.Item name="description" label={t('segments.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
