import { App, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { fetchSegment } from '../hooks/use-segment';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import type { SegmentResponse } from '../segment-types';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface SegmentFormValues {
  name: string;
  description?: string;
}

const FIELD_NAMES = ['name', 'description'] as const;

const toFormValues = (segment: SegmentResponse | null): Partial<SegmentFormValues> => ({
  name: segment?.name,
  description: segment?.description ?? undefined,
});

interface SegmentFormDrawerProps {
  /** The segment to rename; null when closed. */
  segment: SegmentResponse | null;
  onClose: () => void;
}

/** Renames a segment or changes its description; its members or filters stay. */
export function SegmentFormDrawer({ segment, onClose }: SegmentFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useSegmentMutations();
  const latest = useRef(segment);

  const submit = async ({ name, description }: SegmentFormValues) => {
    if (!latest.current) return;
    await update.mutateAsync({
      segment: latest.current,
      changes: { name: name.trim(), description: description?.trim() || null },
    });
    void message.success(t('common.saved'));
    onClose();
  };

  const reload = async () => {
    if (!segment) return {};
    latest.current = await fetchSegment(segment.id);
    return toFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<SegmentFormValues>
      open={segment !== null}
      title={t('segments.editTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toFormValues(segment)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <RequiredTextField name="name" label={t('segments.fields.name')} maxLength={120} autoFocus />
      <Form.Item name="description" label={t('segments.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </RecordFormDrawer>
  );
}
