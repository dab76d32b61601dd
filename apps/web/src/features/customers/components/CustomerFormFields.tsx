import { BankOutlined, UserOutlined } from '@ant-design/icons';
import {
  Col,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Switch,
  Typography,
  type FormInstance,
  type FormRule,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPANY_SIZES,
  CUSTOMER_KINDS,
  CUSTOMER_ROLES,
  CUSTOMER_TIERS,
  GENDERS,
  MARITAL_STATUSES,
} from '../customer-options';
import type { CustomerFormValues } from '../customer-form-values';
import type { CustomerKind } from '../customer-types';
import type { CustomerFieldKey } from '../locales/en';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { AddressesField, ImHandlesField, ValueListField } from './ContactListFields';
import { DateStringPicker } from '../../../shared/components/DateStringPicker';
import { MoneyInput } from './MoneyInput';

interface CustomerFormFieldsProps {
  form: FormInstance<CustomerFormValues>;
  kind: CustomerKind;
  editing: boolean;
  initial: CustomerFormValues;
  /** Whether the user may set this field (financial fields are restricted for some roles). */
  mayWrite: (field: CustomerFieldKey) => boolean;
  onListChange: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 8 }}>
      <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

type FormattedField =
  | 'website'
  | 'foundedOn'
  | 'companySize'
  | 'annualRevenue'
  | 'gender'
  | 'birthDate'
  | 'maritalStatus'
  | 'creditLimit';

export function CustomerFormFields({
  form,
  kind,
  editing,
  initial,
  mayWrite,
  onListChange,
}: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const { owners, complete: mayChooseOwner } = useOwnerOptions(!editing);
  const label = (field: CustomerFieldKey) => t(`customers.fields.${field}`);

  /**
   * The API can change these but not empty them: once set, they stay set. A validator
   * rather than `required`, so the field is not marked as one every customer must have.
   */
  const keepSet = (field: FormattedField): FormRule[] =>
    editing && initial[field]
      ? [
          {
            validator: (_rule, value: unknown) =>
              value === undefined || value === null || value === ''
                ? Promise.reject(new Error(t('customers.form.cannotClear')))
                : Promise.resolve(),
          },
        ]
      : [];

  const financial = (['creditLimit', 'paymentTerms', 'bankAccount'] as const).filter(mayWrite);
  const revenue = kind === 'company' && mayWrite('annualRevenue');

  return (
    <>
      <Section title={t('customers.sections.basics')}>
        <Form.Item name="kind" label={label('kind')}>
          <Segmented<CustomerKind>
            disabled={editing}
            options={CUSTOMER_KINDS.map((value) => ({
              value,
              label: t(`customers.kinds.${value}`),
              icon: value === 'company' ? <BankOutlined /> : <UserOutlined />,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={
            kind === 'company' ? t('customers.form.companyName') : t('customers.form.personName')
          }
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} autoComplete="off" autoFocus={!editing} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="tier" label={label('tier')}>
              <Select
                options={CUSTOMER_TIERS.map((tier) => ({
                  value: tier,
                  label: t(`customers.tiers.${tier}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="roles" label={label('roles')}>
              <Select
                mode="multiple"
                options={CUSTOMER_ROLES.map((role) => ({
                  value: role,
                  label: t(`customers.roles.${role}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t('customers.sections.contact')}>
        <ValueListField form={form} list="phones" onListChange={onListChange} />
        <ValueListField form={form} list="emails" onListChange={onListChange} />
        <ImHandlesField onListChange={onListChange} />
        <Form.Item
          name="website"
          label={label('website')}
          rules={[
            ...keepSet('website'),
            { type: 'url', message: t('customers.form.websiteInvalid') },
          ]}
        >
          <Input placeholder="https://" maxLength={300} inputMode="url" />
        </Form.Item>
      </Section>

      <Section title={label('addresses')}>
        <AddressesField form={form} onListChange={onListChange} />
      </Section>

      <Section
        title={
          kind === 'company' ? t('customers.sections.company') : t('customers.sections.person')
        }
      >
        {kind === 'company' ? (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="taxId" label={label('taxId')} extra={t('customers.form.taxIdHelp')}>
                <Input maxLength={40} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="foundedOn" label={label('foundedOn')} rules={keepSet('foundedOn')}>
                <DateStringPicker />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="companySize"
                label={label('companySize')}
                rules={keepSet('companySize')}
              >
                <Select
                  allowClear={!editing || !initial.companySize}
                  options={COMPANY_SIZES.map((size) => ({
                    value: size,
                    label: t('customers.form.employees', { size }),
                  }))}
                />
              </Form.Item>
            </Col>
            {revenue && (
              <Col span={12}>
                <Form.Item
                  name="annualRevenue"
                  label={label('annualRevenue')}
                  rules={keepSet('annualRevenue')}
                >
                  <MoneyInput />
                </Form.Item>
              </Col>
            )}
          </Row>
        ) : (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="gender" label={label('gender')} rules={keepSet('gender')}>
                <Select
                  allowClear={!editing || !initial.gender}
                  options={GENDERS.map((gender) => ({
                    value: gender,
                    label: t(`customers.genders.${gender}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="birthDate" label={label('birthDate')} rules={keepSet('birthDate')}>
                <DateStringPicker />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="maritalStatus"
                label={label('maritalStatus')}
                rules={keepSet('maritalStatus')}
              >
                <Select
                  allowClear={!editing || !initial.maritalStatus}
                  options={MARITAL_STATUSES.map((status) => ({
                    value: status,
                    label: t(`customers.maritalStatuses.${status}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="occupation" label={label('occupation')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="industry" label={label('industry')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="region" label={label('region')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="source" label={label('source')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      {financial.length > 0 && (
        <Section title={t('customers.sections.financial')}>
          <Row gutter={16}>
            {financial.includes('creditLimit') && (
              <Col span={12}>
                <Form.Item
                  name="creditLimit"
                  label={label('creditLimit')}
                  rules={keepSet('creditLimit')}
                >
                  <MoneyInput />
                </Form.Item>
              </Col>
            )}
            {financial.includes('paymentTerms') && (
              <Col span={12}>
                <Form.Item name="paymentTerms" label={label('paymentTerms')}>
                  <Input maxLength={60} placeholder="NET30" />
                </Form.Item>
              </Col>
            )}
            {financial.includes('bankAccount') && (
              <Col span={24}>
                <Form.Item name="bankAccount" label={label('bankAccount')}>
                  <Input maxLength={120} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Section>
      )}

      <Section title={t('customers.sections.ownership')}>
        {!editing && mayChooseOwner && (
          <Form.Item name="ownerId" label={label('owner')} extra={t('customers.form.ownerHelp')}>
            <OwnerSelect owners={owners} allowClear placeholder={t('customers.form.ownerMe')} />
          </Form.Item>
        )}
        <Form.Item
          name="sharedWithTeam"
          label={label('sharedWithTeam')}
          valuePropName="checked"
          extra={t('customers.form.sharedHelp')}
        >
          <Switch />
        </Form.Item>
        <Form.Item name="notes" label={label('notes')}>
          <Input.TextArea rows={4} maxLength={10_000} showCount />
        </Form.Item>
      </Section>
    </>
  );
}
