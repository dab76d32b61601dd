import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import {
  customFieldChoices,
  withCustomFieldGroup,
} from '../../../shared/custom-fields/custom-field-choices';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { useWebFormMutations } from '../hooks/use-web-forms';
import type { WebFormResponse } from '../lead-settings-types';
import {
  MAPPABLE_LEAD_FIELDS,
  toWebFormRequest,
  toWebFormValues,
  WEB_FORM_FIELDS,
  type FieldMappingRow,
  type WebFormValues,
} from '../web-form-values';

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/;

interface WebFormDrawerProps {
  open: boolean;
  /** Null: a new form. */
  form: WebFormResponse | null;
  onClose: () => void;
  onSaved?: (form: WebFormResponse) => void;
}

/** Creates or edits a web form: origins, field mapping, honeypot, campaign. */
export function WebFormDrawer({ open, form, onClose, onSaved }: WebFormDrawerProps) {
  const { t } = useTranslation();
  const { create, update } = useWebFormMutations();
  const { language } = useAppLanguage();
  const { definitions } = useCustomFields('lead', { enabled: open });
  const leadFieldOptions = withCustomFieldGroup(
    MAPPABLE_LEAD_FIELDS.map((value) => ({
      value,
      label: t(`leadSettings.webForms.leadFields.${value}`),
    })),
    customFieldChoices(definitions, language),
    t('customFields.section'),
  );

  const submit = async (values: WebFormValues) => {
    const body = toWebFormRequest(values);
    const saved = form ? await update.mutateAsync({ form, body }) : await create.mutateAsync(body);
    onSaved?.(saved);
    onClose();
  };

  return (
    <RecordFormDrawer<WebFormValues>
      open={open}
      title={
        form
          ? t('leadSettings.webForms.editTitle', { name: form.name })
          : t('leadSettings.webForms.createTitle')
      }
      fieldNames={WEB_FORM_FIELDS}
      initialValues={toWebFormValues(form)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('leadSettings.webForms.name')}
        rules={[
          { required: true, whitespace: true, message: t('leadSettings.webForms.nameRequired') },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="allowedOrigins"
        label={t('leadSettings.webForms.allowedOrigins')}
        extra={t('leadSettings.webForms.allowedOriginsHelp')}
        rules={[
          {
            validator: (_, origins: string[] | undefined) =>
              (origins ?? []).every((origin) => ORIGIN.test(origin.trim()))
                ? Promise.resolve()
                : Promise.reject(new Error(t('leadSettings.webForms.originInvalid'))),
          },
        ]}
      >
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          aria-label={t('leadSettings.webForms.allowedOrigins')}
          tokenSeparators={[' ', ',']}
        />
      </Form.Item>
      <Form.Item
        label={t('leadSettings.webForms.fieldMapping')}
        extra={t('leadSettings.webForms.fieldMappingHelp')}
      >
        <Form.List
          name="fieldMapping"
          rules={[
            {
              validator: (_, rows: FieldMappingRow[] | undefined) =>
                (rows ?? []).some((row) => row.leadField === 'name')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('leadSettings.webForms.nameMappingRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[field.name, 'formField']}
                    style={{ flex: 1, marginBottom: 0 }}
                    rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9_-]{0,39}$/ }]}
                  >
                    <Input
                      aria-label={t('leadSettings.webForms.formField')}
                      placeholder={t('leadSettings.webForms.formField')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'leadField']}
                    style={{ flex: 1, marginBottom: 0 }}
                    rules={[{ required: true }]}
                  >
                    <Select
                      aria-label={t('leadSettings.webForms.leadField')}
                      placeholder={t('leadSettings.webForms.leadField')}
                      options={leadFieldOptions}
                      showSearch={{ optionFilterProp: 'label' }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ formField: '', leadField: 'notes' })}
              >
                {t('leadSettings.webForms.addField')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="honeypotField"
        label={t('leadSettings.webForms.honeypotField')}
        extra={t('leadSettings.webForms.honeypotHelp')}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="campaign" label={t('leadSettings.webForms.campaign')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="active" label={t('leadSettings.webForms.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </RecordFormDrawer>
  );
}
