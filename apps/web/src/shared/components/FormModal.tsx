import { Form, Modal } from 'antd';
import { FormAlerts } from './FormAlerts';
import { FormButtons } from './FormButtons';
import { useFormSubmit, type FormShellProps } from './use-form-submit';

interface FormModalProps<TValues> extends FormShellProps<TValues> {
  okText: string;
  /** For actions that take something away, e.g. removing tags. */
  danger?: boolean;
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
