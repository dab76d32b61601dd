import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import { asSubject } from '@kehu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import { useSegmentOptions } from '../hooks/use-segment-options';

interface AddToListValues {
  target: 'existing' | 'new';
  segmentId?: string;
  name?: string;
}

interface AddToStaticSegmentModalProps {
  /** The selected customers; null when closed. */
  customerIds: string[] | null;
  onClose: () => void;
  onDone: () => void;
}

/** Adds the selected customers to a static list, an existing one or a new one. */
export function AddToStaticSegmentModal({
  customerIds,
  onClose,
  onDone,
}: AddToStaticSegmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const { segments } = useSegmentOptions();
  const { create, addMembers } = useSegmentMutations();
  const [form] = Form.useForm<AddToListValues>();
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const target = Form.useWatch('target', form) ?? 'existing';
  const lists = segments.filter(
    (segment) =>
      segment.kind === 'static' &&
      ability.can('update', asSubject('Segment', { id: segment.id, ownerId: segment.ownerId })),
  );
  const count = customerIds?.length ?? 0;

  const submit = async (values: AddToListValues) => {
    if (!customerIds) return;
    setProblem(null);
    try {
      const segment =
        values.target === 'new'
          ? await create.mutateAsync({ name: (values.name ?? '').trim(), kind: 'static' })
          : lists.find((list) => list.id === values.segmentId);
      if (!segment) return;
      const { added } = await addMembers.mutateAsync({ segmentId: segment.id, customerIds });
      void message.success(t('segments.addToList.done', { count: added, name: segment.name }));
      onDone();
      onClose();
    } catch (error) {
      setProblem(describeProblem(t, error));
    }
  };

  return (
    <Modal
      open={customerIds !== null}
      title={t('segments.addToList.title', { count })}
      okText={t('segments.addToList.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending || addMembers.isPending }}
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
      <Form<AddToListValues>
        form={form}
        layout="vertical"
        initialValues={{ target: lists.length > 0 ? 'existing' : 'new' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="target">
          <Radio.Group
            options={[
              {
                value: 'existing',
                label: t('segments.addToList.existing'),
                disabled: lists.length === 0,
              },
              { value: 'new', label: t('segments.addToList.new') },
            ]}
          />
        </Form.Item>
        {target === 'existing' ? (
          <Form.Item
            name="segmentId"
            label={t('segments.addToList.list')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={lists.map((list) => ({ value: list.id, label: list.name }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="name"
            label={t('segments.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={120} autoFocus />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
