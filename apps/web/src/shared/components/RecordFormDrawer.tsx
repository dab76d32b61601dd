import { isApiProblemError } from '@kehu/contracts';
import { Drawer, Form } from 'antd';
import { useState } from 'react';
import { FormAlerts } from './FormAlerts';
import { FormButtons } from './FormButtons';
import { useFormSubmit, type FormShellProps } from './use-form-submit';

interface RecordFormDrawerProps<TValues> extends FormShellProps<TValues> {
  initialValues: Partial<TValues>;
  /** Loads the record again after a 412 and returns its current values for the form. */
  onStaleVersion?: () => Promise<Partial<TValues>>;
}

/**
 * A create/edit drawer: validation, server field errors under their inputs, other
 * problems above the form, and a clear message when someone else saved first (412).
 */
export function RecordFormDrawer<TValues>(props: RecordFormDrawerProps<TValues>) {
  return (
    <Drawer
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      size={520}
      destroyOnHidden
    >
      {props.open && <RecordForm {...props} />}
    </Drawer>
  );
}

function RecordForm<TValues>({
  fieldNames,
  initialValues,
  onSubmit,
  onStaleVersion,
  onClose,
  children,
}: RecordFormDrawerProps<TValues>) {
  const [form] = Form.useForm<TValues>();
  const [stale, setStale] = useState(false);
  const { saving, problem, submit } = useFormSubmit({
    form,
    fieldNames,
    onSubmit: (values: TValues) => {
      setStale(false);
      return onSubmit(values);
    },
    onFailure: async (error) => {
      if (!(isApiProblemError(error) && error.status === 412 && onStaleVersion)) return false;
      form.setFieldsValue(await onStaleVersion());
      setStale(true);
      return true;
    },
  });

  return (
    <Form<TValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      requiredMark="optional"
    >
      <FormAlerts problem={problem} stale={stale} />
      {typeof children === 'function' ? children(form) : children}
      <FormButtons onCancel={onClose} saving={saving} style={{ marginTop: 24 }} />
    </Form>
  );
}
