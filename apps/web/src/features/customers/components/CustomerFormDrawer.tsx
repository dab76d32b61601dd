import { isApiProblemError } from '@kehu/contracts';
import { CUSTOM_FIELD_DUPLICATE_TYPES } from '@kehu/domain';
import { App, Drawer, Form, Skeleton, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { FormAlerts } from '../../../shared/components/FormAlerts';
import { FormButtons } from '../../../shared/components/FormButtons';
import { CustomFieldFormItems } from '../../../shared/custom-fields/CustomFieldFormItems';
import {
  appliesToKind,
  customFieldChanges,
  customFieldsForCreate,
  toCustomFieldFormValues,
} from '../../../shared/custom-fields/custom-field-values';
import {
  useCustomFields,
  type VisibleCustomFields,
} from '../../../shared/custom-fields/use-custom-fields';
import {
  CUSTOMER_FORM_FIELDS,
  customFieldsForDuplicateCheck,
  emptyCustomerFormValues,
  toCreateCustomerRequest,
  toCustomerChanges,
  toCustomerFormValues,
  toDuplicateCheckRequest,
  type CustomerFormValues,
} from '../customer-form-values';
import type { CustomerResponse, DuplicateCandidate } from '../customer-types';
import { toFormFieldErrors } from '../form-field-errors';
import { useCustomerMutations } from '../hooks/use-customer-mutations';
import { useDuplicateCheck } from '../hooks/use-duplicate-check';
import { useSaveDespiteDuplicates } from '../hooks/use-save-despite-duplicates';
import { CustomerFormFields } from './CustomerFormFields';
import { DuplicateAlert } from './DuplicateAlert';

interface CustomerFormDrawerProps {
  open: boolean;
  /** The customer to edit, or null to create one. */
  customer: CustomerResponse | null;
  onClose: () => void;
  onSaved?: (customer: CustomerResponse) => void;
}

const FORM_ID = 'customer-form';

export function CustomerFormDrawer({ open, customer, onClose, onSaved }: CustomerFormDrawerProps) {
  const { t } = useTranslation();
  const editing = customer !== null;
  const [saving, setSaving] = useState(false);
  const customFields = useCustomFields('customer', { enabled: open });
  return (
    <Drawer
      open={open}
      title={
        editing
          ? t('customers.form.editTitle', { number: customer.number })
          : t('customers.form.createTitle')
      }
      onClose={onClose}
      size={760}
      destroyOnHidden
      styles={{ body: { paddingTop: 0 } }}
      footer={<FormButtons onCancel={onClose} saving={saving} form={FORM_ID} />}
    >
      {open && customFields.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {open && !customFields.isLoading && (
        <CustomerForm
          customFields={customFields}
          customer={customer}
          saving={saving}
          onSavingChange={setSaving}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Drawer>
  );
}

/**
 * Fields that make two customers the same one: changing them reruns the duplicate check,
 * as does changing a custom field of a type a duplicate rule compares.
 */
const IDENTITY_FIELDS = ['kind', 'name', 'taxId', 'phones', 'emails', 'addresses'];

interface CustomerFormProps extends Omit<CustomerFormDrawerProps, 'open'> {
  /** The customer fields the user sees, of both kinds (the form shows those of its kind). */
  customFields: VisibleCustomFields;
  saving: boolean;
  onSavingChange: (saving: boolean) => void;
}

function CustomerForm({
  customFields,
  customer,
  saving,
  onSavingChange,
  onClose,
  onSaved,
}: CustomerFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const ability = useAppAbility();
  const [form] = Form.useForm<CustomerFormValues>();
  const { create, update, fetchCustomer } = useCustomerMutations();
  const [current, setCurrent] = useState(customer);
  const { definitions, editable } = customFields;
  const initialValues = useMemo(
    () => ({
      ...(customer ? toCustomerFormValues(customer) : emptyCustomerFormValues()),
      customFields: toCustomFieldFormValues(definitions, customer ? customer.customFields : null),
    }),
    [customer, definitions],
  );
  const [values, setValues] = useState<CustomerFormValues>(initialValues);
  // Editing starts checked: a record is not its own duplicate until its identity changes.
  const [identityTouched, setIdentityTouched] = useState(customer === null);
  const [refused, setRefused] = useState<DuplicateCandidate[] | null>(null);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const [stale, setStale] = useState(false);

  const checkRequest = identityTouched
    ? toDuplicateCheckRequest(
        values,
        current?.id,
        customFieldsForDuplicateCheck(
          definitions.filter((field) => appliesToKind(field, values.kind)),
          editable,
          values.customFields,
          current?.customFields,
        ),
      )
    : null;
  const live = useDuplicateCheck(checkRequest);
  const candidates = refused ?? live.candidates;

  const syncValues = () => setValues(form.getFieldsValue(true) as CustomerFormValues);

  const onValuesChange = (changed: Partial<CustomerFormValues>) => {
    const comparedCustomField = Object.keys(changed.customFields ?? {}).some((key) =>
      definitions.some(
        (field) => field.key === key && CUSTOM_FIELD_DUPLICATE_TYPES.includes(field.type),
      ),
    );
    if (
      comparedCustomField ||
      Object.keys(changed).some((field) => IDENTITY_FIELDS.includes(field))
    ) {
      setIdentityTouched(true);
      setRefused(null);
    }
    syncValues();
  };

  const save = async (formValues: CustomerFormValues, acknowledgeDuplicates: boolean) => {
    const ofKind = definitions.filter((field) => appliesToKind(field, formValues.kind));
    if (!current) {
      const customFieldValues = customFieldsForCreate(ofKind, editable, formValues.customFields);
      return create.mutateAsync({
        body: {
          ...toCreateCustomerRequest(formValues),
          ...(customFieldValues ? { customFields: customFieldValues } : {}),
        },
        acknowledgeDuplicates,
      });
    }
    const changes = toCustomerChanges(current, formValues);
    const changedFields = customFieldChanges(
      ofKind,
      editable,
      current.customFields,
      formValues.customFields,
    );
    if (changedFields) changes.customFields = changedFields;
    if (Object.keys(changes).length === 0) return current;
    return update.mutateAsync({ customer: current, changes, acknowledgeDuplicates });
  };

  const saveDespiteDuplicates = useSaveDespiteDuplicates(t('customers.duplicates.confirmBody'));

  const explain = async (error: unknown) => {
    if (isApiProblemError(error) && error.status === 412 && current) {
      const latest = await fetchCustomer(current.id);
      setCurrent(latest);
      form.resetFields();
      form.setFieldsValue({
        ...toCustomerFormValues(latest),
        customFields: toCustomFieldFormValues(definitions, latest.customFields),
      });
      syncValues();
      setStale(true);
      return;
    }
    if (isApiProblemError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, CUSTOMER_FORM_FIELDS);
      // The paths come from the server, so the form's typed paths cannot vouch for them.
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      if (fields.length > 0) void form.scrollToField(fields[0]?.name ?? [], { block: 'center' });
      if (unmatched.length === 0) return;
    }
    setProblem(describeProblem(t, error));
  };

  const submit = async (formValues: CustomerFormValues) => {
    onSavingChange(true);
    setProblem(null);
    setStale(false);
    try {
      const saved = await saveDespiteDuplicates(
        (acknowledgeDuplicates) => save(formValues, acknowledgeDuplicates),
        setRefused,
      );
      if (!saved) return;
      void message.success(current ? t('common.saved') : t('common.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      await explain(error);
    } finally {
      onSavingChange(false);
    }
  };

  const mayWrite = (field: string) =>
    ability.can(current ? 'update' : 'create', 'Customer', field) &&
    (current === null || field in current);

  return (
    <Form<CustomerFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={(formValues) => void submit(formValues)}
      disabled={saving}
      scrollToFirstError={{ block: 'center' }}
    >
      <div
        aria-live="polite"
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 2,
          background: token.colorBgElevated,
          paddingTop: 16,
          paddingBottom: candidates.length > 0 || live.checking ? 12 : 0,
        }}
      >
        <FormAlerts problem={problem} stale={stale} gap={12} />
        <DuplicateAlert
          candidates={candidates}
          checking={refused === null && live.checking}
          refused={refused !== null}
        />
      </div>
      <CustomerFormFields
        form={form}
        kind={values.kind}
        editing={current !== null}
        initial={initialValues}
        mayWrite={mayWrite}
        onListChange={syncValues}
      />
      <CustomFieldFormItems
        title={t('customFields.section')}
        definitions={definitions.filter((field) => appliesToKind(field, values.kind))}
        editable={editable}
        stored={current?.customFields}
      />
    </Form>
  );
}
