import { isApiProblemError } from '@kehu/contracts';
import { Alert, Button, Drawer, Flex, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../api/apply-field-errors';
import { describeProblem, type ProblemDescription } from '../api/describe-problem';

interface RecordFormDrawerProps<TValues> {
  open: boolean;
  title: string;
  /** Field names of the form, so server field errors land under the right input. */
  fieldNames: readonly string[];
  initialValues: Partial<TValues>;
  onSubmit: (values: TValues) => Promise<void>;
  /** Loads the record again after a 412 and returns its current values for the form. */
  onStaleVersion?: () => Promise<Partial<TValues>>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<TValues>) => ReactNode);
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
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const [stale, setStale] = useState(false);

  const handleFailure = async (error: unknown) => {
    if (isApiProblemError(error) && error.status === 412 && onStaleVersion) {
      form.setFieldsValue(await onStaleVersion());
      setStale(true);
      return;
    }
    if (!applyFieldErrors(form, fieldNames, error)) setProblem(describeProblem(t, error));
  };

  const submit = async (values: TValues) => {
    setSaving(true);
    setProblem(null);
    setStale(false);
    try {
      await onSubmit(values);
    } catch (error) {
      await handleFailure(error);
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
      requiredMark="optional"
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('errors.staleVersion')}
          style={{ marginBottom: 16 }}
        />
      )}
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
      <Flex justify="flex-end" gap={8} style={{ marginTop: 24 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
