import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { FormAlerts } from './FormAlerts';
import { FormButtons } from './FormButtons';
import { useFormSubmit } from './use-form-submit';

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
  const [form] = Form.useForm<TValues>();
  const { saving, problem, submit } = useFormSubmit({ form, fieldNames, onSubmit });

  return (
    <Form<TValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
    >
      <FormAlerts problem={problem} />
      {typeof children === 'function' ? children(form) : children}
      <FormButtons
        onCancel={onClose}
        okText={okText}
        danger={danger}
        saving={saving}
        style={{ marginTop: 8 }}
      />
    </Form>
  );
}
