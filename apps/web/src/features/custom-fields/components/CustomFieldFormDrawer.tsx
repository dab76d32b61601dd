import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import {
  CUSTOM_FIELD_APPLIES_TO,
  CUSTOM_FIELD_KEY_MAX_LENGTH,
  CUSTOM_FIELD_KEY_PATTERN,
  CUSTOM_FIELD_TYPES,
  ROLES,
} from '@kehu/domain';
import {
  Alert,
  App,
  Button,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Tag,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../../shared/components/FormAlerts';
import { FormButtons } from '../../../shared/components/FormButtons';
import { useFormSubmit } from '../../../shared/components/use-form-submit';
import type {
  CustomFieldDefinition,
  CustomFieldRecordType,
} from '../../../shared/custom-fields/custom-field-types';
import { CustomFieldInput } from '../../../shared/custom-fields/CustomFieldInput';
import {
  DEFINITION_FORM_FIELDS,
  formFieldOf,
  isNumericType,
  isSelectType,
  offendingRecords,
  toCreateDefinitionRequest,
  toDefinitionFormValues,
  toUpdateDefinitionRequest,
  type DefinitionFormValues,
  type OptionRow,
} from '../custom-field-form';
import { useCustomFieldMutations } from '../hooks/use-custom-field-mutations';

const FORM_ID = 'custom-field-form';
const RESTRICTABLE_ROLES = ROLES.filter((role) => role !== 'admin');

interface CustomFieldFormDrawerProps {
  open: boolean;
  recordType: CustomFieldRecordType;
  /** The field to edit, or null to add one. */
  field: CustomFieldDefinition | null;
  onClose: () => void;
}

/** Adds or edits a custom field (admins): key, names, type, options, range, access, list flags. */
export function CustomFieldFormDrawer({
  open,
  recordType,
  field,
  onClose,
}: CustomFieldFormDrawerProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  return (
    <Drawer
      open={open}
      title={
        field
          ? t('customFields.settings.editTitle', { name: field.label.zh })
          : t('customFields.settings.createTitle')
      }
      onClose={onClose}
      size={640}
      destroyOnHidden
      footer={<FormButtons onCancel={onClose} saving={saving} form={FORM_ID} />}
    >
      {open && (
        <DefinitionForm
          recordType={recordType}
          field={field}
          onSavingChange={setSaving}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function DefinitionForm({
  recordType,
  field,
  onSavingChange,
  onClose,
}: Omit<CustomFieldFormDrawerProps, 'open'> & { onSavingChange: (saving: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DefinitionFormValues>();
  const { create, update } = useCustomFieldMutations();
  const [conflict, setConflict] = useState<string | null>(null);
  const type = Form.useWatch('type', form) ?? field?.type ?? 'text';
  const options: OptionRow[] = Form.useWatch('options', form) ?? [];
  const min: number | null | undefined = Form.useWatch('min', form);
  const max: number | null | undefined = Form.useWatch('max', form);

  const { problem, submit } = useFormSubmit<DefinitionFormValues>({
    form,
    fieldNames: DEFINITION_FORM_FIELDS,
    onSubmit: async (values) => {
      setConflict(null);
      onSavingChange(true);
      try {
        if (field) {
          const changes = toUpdateDefinitionRequest(field, values);
          if (Object.keys(changes).length > 0) await update.mutateAsync({ field, changes });
        } else {
          await create.mutateAsync(toCreateDefinitionRequest(recordType, values));
        }
        void message.success(
          field ? t('common.saved') : t('common.created', { name: values.labelZh.trim() }),
        );
        onClose();
      } finally {
        onSavingChange(false);
      }
    },
    onFailure: (error) => {
      if (!isApiProblemError(error)) return Promise.resolve(false);
      const count = offendingRecords(error);
      if (count !== null) {
        setConflict(
          t('customFields.settings.typeConflict', {
            count,
            type: t(
              `customFields.types.${form.getFieldValue('type') as DefinitionFormValues['type']}`,
            ),
          }),
        );
        return Promise.resolve(true);
      }
      if (error.status === 409 && !field) {
        form.setFields([{ name: 'key', errors: [t('customFields.settings.keyTaken')] }]);
        return Promise.resolve(true);
      }
      if (error.status === 400 && error.fieldErrors.length > 0) {
        // The API names the names and help texts `label.zh` …; the form, `labelZh` ….
        const fields = error.fieldErrors.map((item) => ({
          name: formFieldOf(item.field).split(/[.[]/)[0] ?? item.field,
          errors: [item.message],
        }));
        if (
          fields.every((item) => (DEFINITION_FORM_FIELDS as readonly string[]).includes(item.name))
        ) {
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
          return Promise.resolve(true);
        }
      }
      return Promise.resolve(false);
    },
  });

  const select = isSelectType(type);
  const numeric = isNumericType(type);
  const roleOptions = RESTRICTABLE_ROLES.map((role) => ({
    value: role,
    label: t(`roles.${role}`),
  }));
  const flag = (name: 'required' | 'filterable' | 'sortable', span: number) => (
    <Col span={span}>
      <Form.Item
        name={name}
        label={t(`customFields.settings.fields.${name}`)}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </Col>
  );
  const roleSelect = (name: 'hiddenFromRoles' | 'readOnlyForRoles') => (
    <Col span={24}>
      <Form.Item
        name={name}
        label={t(`customFields.settings.fields.${name}`)}
        extra={t(`customFields.settings.help.${name}`)}
      >
        <Select mode="multiple" allowClear options={roleOptions} />
      </Form.Item>
    </Col>
  );
  const defaultDefinition = {
    key: 'defaultValue',
    type,
    label: { zh: t('customFields.settings.fields.defaultValue'), en: '' },
    options: options
      .filter((option) => option?.key)
      .map((option) => ({
        key: option.key,
        label: { zh: option.labelZh ?? option.key, en: option.labelEn ?? option.key },
        active: option.active !== false,
      })),
    min: min ?? null,
    max: max ?? null,
  };

  return (
    <Form<DefinitionFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={toDefinitionFormValues(field)}
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed: Partial<DefinitionFormValues>) => {
        if ('type' in changed) {
          setConflict(null);
          form.setFieldValue('defaultValue', null);
        }
      }}
    >
      <FormAlerts problem={problem} />
      {conflict && (
        <Alert
          type="error"
          showIcon
          title={conflict}
          style={{ marginBottom: 16 }}
          data-testid="type-conflict"
        />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="labelZh"
            label={t('customFields.settings.fields.labelZh')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={120} autoFocus={!field} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="labelEn"
            label={t('customFields.settings.fields.labelEn')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="key"
            label={t('customFields.settings.fields.key')}
            extra={
              field ? t('customFields.settings.help.keyFixed') : t('customFields.settings.help.key')
            }
            rules={[
              { required: true, message: t('common.required') },
              {
                pattern: CUSTOM_FIELD_KEY_PATTERN,
                message: t('customFields.settings.help.keyInvalid'),
              },
            ]}
          >
            <Input
              maxLength={CUSTOM_FIELD_KEY_MAX_LENGTH}
              disabled={field !== null}
              autoComplete="off"
              spellCheck={false}
              placeholder="store_count"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="type"
            label={t('customFields.settings.fields.type')}
            extra={field ? t('customFields.settings.help.type') : undefined}
          >
            <Select
              options={CUSTOM_FIELD_TYPES.map((value) => ({
                value,
                label: t(`customFields.types.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        {recordType === 'customer' && (
          <Col span={12}>
            <Form.Item name="appliesTo" label={t('customFields.settings.fields.appliesTo')}>
              <Select
                options={CUSTOM_FIELD_APPLIES_TO.map((value) => ({
                  value,
                  label: t(`customFields.appliesTo.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item
            name="position"
            label={t('customFields.settings.fields.position')}
            extra={t('customFields.settings.help.position')}
          >
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="helpZh" label={t('customFields.settings.fields.helpZh')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="helpEn" label={t('customFields.settings.fields.helpEn')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>

      {select && <OptionsEditor form={form} />}

      {numeric && (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="min" label={t('customFields.settings.fields.min')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="max" label={t('customFields.settings.fields.max')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}

      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="defaultValue"
            label={t('customFields.settings.fields.defaultValue')}
            extra={t('customFields.settings.help.defaultValue')}
          >
            <CustomFieldInput definition={defaultDefinition} />
          </Form.Item>
        </Col>
        {flag('required', 8)}
        {flag('filterable', 12)}
        {flag('sortable', 12)}
        {roleSelect('hiddenFromRoles')}
        {roleSelect('readOnlyForRoles')}
      </Row>
    </Form>
  );
}

/** A select field's options: add, rename, deactivate and reorder; saved ones are never removed. */
function OptionsEditor({ form }: { form: FormInstance<DefinitionFormValues> }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('customFields.settings.fields.options')}
      extra={t('customFields.settings.help.options')}
      required
    >
      <Form.List
        name="options"
        rules={[
          {
            validator: (_rule, rows: OptionRow[] | undefined) => {
              if (!rows || rows.length === 0) {
                return Promise.reject(new Error(t('customFields.settings.options.atLeastOne')));
              }
              const keys = rows.map((row) => row?.key?.trim());
              return new Set(keys).size === keys.length
                ? Promise.resolve()
                : Promise.reject(new Error(t('customFields.settings.options.duplicateKey')));
            },
          },
        ]}
      >
        {(rows, { add, remove, move }, { errors }) => (
          <Flex vertical gap={8} data-testid="option-rows">
            {rows.map((row, index) => {
              const saved = form.getFieldValue(['options', row.name, 'saved']) === true;
              const active = form.getFieldValue(['options', row.name, 'active']) !== false;
              return (
                <Flex key={row.key} gap={6} align="start">
                  <Form.Item
                    name={[row.name, 'key']}
                    style={{ marginBottom: 0, width: 130 }}
                    rules={[
                      { required: true, message: t('common.required') },
                      {
                        pattern: CUSTOM_FIELD_KEY_PATTERN,
                        message: t('customFields.settings.help.keyInvalid'),
                      },
                    ]}
                  >
                    <Input
                      placeholder={t('customFields.settings.options.key')}
                      aria-label={t('customFields.settings.options.key')}
                      disabled={saved}
                      maxLength={CUSTOM_FIELD_KEY_MAX_LENGTH}
                      spellCheck={false}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'labelZh']}
                    style={{ marginBottom: 0, flex: 1 }}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input
                      placeholder={t('customFields.settings.options.labelZh')}
                      aria-label={t('customFields.settings.options.labelZh')}
                      maxLength={120}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'labelEn']}
                    style={{ marginBottom: 0, flex: 1 }}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input
                      placeholder={t('customFields.settings.options.labelEn')}
                      aria-label={t('customFields.settings.options.labelEn')}
                      maxLength={120}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'active']}
                    valuePropName="checked"
                    style={{ marginBottom: 0 }}
                  >
                    <Switch
                      size="small"
                      aria-label={t('customFields.settings.options.active')}
                      style={{ marginTop: 6 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('customFields.settings.options.moveUp')}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('customFields.settings.options.moveDown')}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, index + 1)}
                  />
                  {saved ? (
                    !active && (
                      <Tag style={{ marginTop: 4 }}>
                        {t('customFields.settings.options.inactive')}
                      </Tag>
                    )
                  ) : (
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('customFields.settings.options.remove')}
                      onClick={() => remove(row.name)}
                    />
                  )}
                </Flex>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ key: '', labelZh: '', labelEn: '', active: true })}
            >
              {t('customFields.settings.options.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
