import { Alert, Button, Flex, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../api/apply-field-errors';
import { describeProblem, type ProblemDescription } from '../api/describe-problem';

interface FormModalProps<TValues> {
  open: boolean;
  title: string;
  okText: string;
  /** For actions that take something away, e.g. removing tags. */
  danger?: boolean;
  /** Field names of the form, so server field errors land under the right input. */
  fieldNames: readonly string[];
  initialValues?: Partial<TValues>;
  /** Does the work; a thrown problem is shown in the modal, which then stays open. */
  onSubmit: (values: TValues) => Promise<void>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<TValues>) => ReactNode);
}

/**
 * A short form in a modal (a bulk action, a quick save): validation, server field errors
 * under their inputs, other problems above the form, a fresh form every time it opens.
 */
export function FormModal<TValues>(props: FormModalProps<TValues>) {
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      footer={null}
      destroyOnHidden
    >
      {props.open && <ModalForm {...props} />}
    </Modal>
  );
}

function ModalForm<TValues>({
  okText,
  danger,
  fieldNames,
  initialValues,
  onSubmit,
  onClose,
  children,
}: FormModalProps<TValues>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);

  const submit = async (values: TValues) => {
    setSaving(true);
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!applyFieldErrors(form, fieldNames, error)) setProblem(describeProblem(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<TValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
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
      {typeof children === 'function' ? children(form) : children}
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={saving}>
          {okText}
        </Button>
      </Flex>
    </Form>
  );
}
