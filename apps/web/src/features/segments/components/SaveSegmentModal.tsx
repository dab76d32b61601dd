import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/api/apply-field-errors';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import type { CustomerListState } from '../../customers/customer-list-filters';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import { toSegmentFilter } from '../segment-filter';

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
  const [form] = Form.useForm<SaveSegmentValues>();
  const [problem, setProblem] = useState<ProblemDescription | null>(null);

  const submit = async ({ name, description }: SaveSegmentValues) => {
    if (!state) return;
    setProblem(null);
    try {
      const segment = await create.mutateAsync({
        name: name.trim(),
        description: description?.trim() || null,
        kind: 'dynamic',
        filter: toSegmentFilter(state),
      });
      void message.success(t('segments.save.done', { name: segment.name }));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, FIELD_NAMES, error)) setProblem(describeProblem(t, error));
    }
  };

  return (
    <Modal
      open={state !== null}
      title={t('segments.save.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setProblem(null);
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('segments.save.help')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={problem.detail}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SaveSegmentValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('segments.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={120} autoFocus placeholder={t('segments.save.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('segments.fields.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
