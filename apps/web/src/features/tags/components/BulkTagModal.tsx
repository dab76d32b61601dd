import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
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

/** Puts tags on the selected customers, or takes them off: all or nothing. */
export function BulkTagModal({ target, onClose, onDone }: BulkTagModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { bulk } = useCustomerTagMutations();
  const [form] = Form.useForm<{ tagIds: string[] }>();
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const mode = target?.mode ?? 'add';
  const count = target?.customerIds.length ?? 0;

  const submit = async ({ tagIds }: { tagIds: string[] }) => {
    if (!target) return;
    setProblem(null);
    try {
      const result = await bulk.mutateAsync(
        mode === 'add'
          ? { customerIds: target.customerIds, addTagIds: tagIds }
          : { customerIds: target.customerIds, removeTagIds: tagIds },
      );
      void message.success(
        mode === 'add'
          ? t('tags.bulk.addedDone', { count: result.changed })
          : t('tags.bulk.removedDone', { count: result.changed }),
      );
      form.resetFields();
      onDone();
      onClose();
    } catch (error) {
      setProblem(describeProblem(t, error));
    }
  };

  return (
    <Modal
      open={target !== null}
      title={
        mode === 'add' ? t('tags.bulk.addTitle', { count }) : t('tags.bulk.removeTitle', { count })
      }
      okText={mode === 'add' ? t('tags.bulk.add') : t('tags.bulk.remove')}
      okButtonProps={{ loading: bulk.isPending, danger: mode === 'remove' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setProblem(null);
      }}
      destroyOnHidden
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={problem.detail}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="tagIds"
          label={t('tags.bulk.tags')}
          rules={[{ required: true, message: t('tags.bulk.chooseTags') }]}
        >
          <TagSelect
            aria-label={t('tags.bulk.tags')}
            placeholder={t('tags.bulk.chooseTags')}
            maxCount={MAX_TAGS}
            autoFocus
          />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {mode === 'add' ? t('tags.bulk.addHelp') : t('tags.bulk.removeHelp')}
      </Typography.Text>
    </Modal>
  );
}
