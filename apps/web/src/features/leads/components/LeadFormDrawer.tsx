import { unwrap } from '@kehu/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { kehuClient } from '../../../shared/api/kehu-client';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { DateStringPicker } from '../../../shared/components/DateStringPicker';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import {
  LEAD_FORM_FIELDS,
  toCreateLeadRequest,
  toLeadFormValues,
  toUpdateLeadRequest,
  type LeadFormValues,
} from '../lead-form-values';
import { LEAD_SOURCES } from '../lead-options';
import type { LeadResponse } from '../lead-types';
import { useLeadMutations } from '../hooks/use-lead-mutations';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';
import { CustomFieldFormItems } from '../../../shared/custom-fields/CustomFieldFormItems';
import {
  customFieldChanges,
  customFieldsForCreate,
  toCustomFieldFormValues,
} from '../../../shared/custom-fields/custom-field-values';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';

/** `{ customFields }` when there are values to send, else nothing. */
const optional = <T,>(customFields: T | undefined) => (customFields ? { customFields } : {});

interface LeadFormDrawerProps {
  open: boolean;
  /** Null: a new lead. */
  lead: LeadResponse | null;
  onClose: () => void;
  onSaved?: (lead: LeadResponse) => void;
}

/** Creates or edits a lead; a new lead without an owner goes through the assignment rules. */
export function LeadFormDrawer({ open, lead, onClose, onSaved }: LeadFormDrawerProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { owners, complete } = useOwnerOptions(open);
  const { create, update } = useLeadMutations();
  const { definitions, editable, isLoading } = useCustomFields('lead', { enabled: open });
  const withCustomFields = (values: Partial<LeadFormValues>, source: LeadResponse | null) => ({
    ...values,
    customFields: toCustomFieldFormValues(definitions, source ? source.customFields : null),
  });
  const mayChooseOwner = lead === null && complete && ability.can('reassign', 'Lead');

  const submit = async (values: LeadFormValues) => {
    const saved = lead
      ? await update.mutateAsync({
          lead,
          body: {
            ...toUpdateLeadRequest(lead, values),
            ...optional(
              customFieldChanges(definitions, editable, lead.customFields, values.customFields),
            ),
          },
        })
      : await create.mutateAsync({
          ...toCreateLeadRequest(values),
          ...optional(customFieldsForCreate(definitions, editable, values.customFields)),
        });
    onSaved?.(saved);
    onClose();
  };

  const reload = async () => {
    if (!lead) return {};
    const fresh = unwrap(
      await kehuClient.GET('/api/v1/leads/{id}', { params: { path: { id: lead.id } } }),
    );
    return withCustomFields(toLeadFormValues(fresh), fresh);
  };

  return (
    <RecordFormDrawer<LeadFormValues>
      open={open && !isLoading}
      title={lead ? t('leads.form.editTitle', { name: lead.name }) : t('leads.form.createTitle')}
      fieldNames={LEAD_FORM_FIELDS}
      initialValues={withCustomFields(toLeadFormValues(lead), lead)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <RequiredTextField
        name="name"
        label={t('leads.fields.name')}
        maxLength={200}
        message={t('leads.form.nameRequired')}
      />
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item name="company" label={t('leads.fields.company')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="title" label={t('leads.fields.title')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('leads.fields.phone')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="email"
            label={t('leads.fields.email')}
            rules={[{ type: 'email', message: t('leads.form.emailInvalid') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="region" label={t('leads.fields.region')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="productInterest" label={t('leads.fields.productInterest')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="source" label={t('leads.fields.source')}>
            <Select
              disabled={lead !== null}
              options={LEAD_SOURCES.map((value) => ({
                value,
                label: t(`leads.sources.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="campaign" label={t('leads.fields.campaign')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="nextFollowUpOn" label={t('leads.fields.nextFollowUpAt')}>
            <DateStringPicker />
          </Form.Item>
        </Col>
        {mayChooseOwner && (
          <Col span={12}>
            <Form.Item
              name="ownerId"
              label={t('leads.fields.owner')}
              extra={t('leads.form.ownerHelp')}
            >
              <OwnerSelect owners={owners} allowClear />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="notes" label={t('leads.fields.notes')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <CustomFieldFormItems
        title={t('customFields.section')}
        definitions={definitions}
        editable={editable}
        stored={lead?.customFields}
      />
    </RecordFormDrawer>
  );
}
