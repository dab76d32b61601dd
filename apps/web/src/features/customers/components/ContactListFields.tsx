import { DeleteOutlined, PlusOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  theme,
  Tooltip,
  type FormInstance,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ADDRESS_TYPES, EMAIL_TYPES, IM_TYPES, PHONE_TYPES } from '../customer-options';
import type { CustomerFormValues } from '../customer-form-values';
import type { PhoneType } from '../customer-types';
import { preselectedPhoneType } from '../phone-type';

/** The API keeps at most ten of each. */
const MAX_ENTRIES = 10;

type PrimaryList = 'phones' | 'emails' | 'addresses';
type AddressPart = 'country' | 'province' | 'city' | 'district' | 'street' | 'postalCode';

interface ListFieldProps {
  form: FormInstance<CustomerFormValues>;
  /** Called after a change the form does not report itself (primary, removal). */
  onListChange: () => void;
}

/** Marks one entry primary and every other one not. */
function makePrimary(form: FormInstance<CustomerFormValues>, list: PrimaryList, index: number) {
  const rows = (form.getFieldValue(list) ?? []) as Array<{ primary?: boolean }>;
  form.setFieldValue(
    list,
    rows.map((row, position) => ({ ...row, primary: position === index })),
  );
}

/** After a removal, the first remaining entry becomes primary if none is. */
function keepOnePrimary(form: FormInstance<CustomerFormValues>, list: PrimaryList) {
  const rows = (form.getFieldValue(list) ?? []) as Array<{ primary?: boolean }>;
  if (rows.length > 0 && !rows.some((row) => row.primary)) makePrimary(form, list, 0);
}

interface PrimaryStarProps {
  checked?: boolean;
  onSelect: () => void;
  label: string;
}

function PrimaryStar({ checked = false, onSelect, label }: PrimaryStarProps) {
  const { t } = useTranslation();
  const hint = checked ? t('customers.form.primary') : t('customers.form.makePrimary');
  return (
    <Tooltip title={hint}>
      <Button
        type="text"
        aria-label={`${hint}: ${label}`}
        aria-pressed={checked}
        icon={checked ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
        onClick={onSelect}
      />
    </Tooltip>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('customers.form.remove')}>
      <Button
        type="text"
        aria-label={`${t('customers.form.remove')}: ${label}`}
        icon={<DeleteOutlined />}
        onClick={onClick}
      />
    </Tooltip>
  );
}

/** An entry's type picker. */
function EntryTypeSelect({
  fieldName,
  label,
  width = 120,
  options,
}: {
  fieldName: number;
  label: string;
  width?: number;
  options: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name={[fieldName, 'type']} noStyle>
      <Select
        aria-label={`${label}: ${t('customers.form.type')}`}
        style={{ width }}
        options={options}
      />
    </Form.Item>
  );
}

interface PrimaryEntryActionsProps extends ListFieldProps {
  list: PrimaryList;
  fieldName: number;
  label: string;
  remove: (index: number) => void;
}

/** The primary star and the remove button of an entry of a list with one primary entry. */
function PrimaryEntryActions({
  form,
  list,
  fieldName,
  label,
  remove,
  onListChange,
}: PrimaryEntryActionsProps) {
  return (
    <>
      <Form.Item name={[fieldName, 'primary']} valuePropName="checked" noStyle>
        <PrimaryStar
          label={label}
          onSelect={() => {
            makePrimary(form, list, fieldName);
            onListChange();
          }}
        />
      </Form.Item>
      <RemoveButton
        label={label}
        onClick={() => {
          remove(fieldName);
          keepOnePrimary(form, list);
          onListChange();
        }}
      />
    </>
  );
}

/** The add button under a list, while the list has room for another entry. */
function AddEntryButton({
  count,
  text,
  onClick,
}: {
  count: number;
  text: string;
  onClick: () => void;
}) {
  if (count >= MAX_ENTRIES) return null;
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick}>
      {text}
    </Button>
  );
}

/** Sets a phone row's type to the one its number tells, unless the user picked one. */
function preselectPhoneType(form: FormInstance<CustomerFormValues>, row: number, value: string) {
  const path = ['phones', row, 'type'] as ['phones', number, 'type'];
  const current = form.getFieldValue(path) as PhoneType | undefined;
  const next = preselectedPhoneType(value, current, form.isFieldTouched(path));
  if (next !== current) form.setFieldValue(path, next);
}

interface ValueListProps extends ListFieldProps {
  list: 'phones' | 'emails';
}

/** Phones or emails: a type, a value and a primary star per row. */
export function ValueListField({ form, list, onListChange }: ValueListProps) {
  const { t } = useTranslation();
  const types = list === 'phones' ? PHONE_TYPES : EMAIL_TYPES;
  const typeOptions: Array<{ value: string; label: string }> =
    list === 'phones'
      ? PHONE_TYPES.map((type) => ({ value: type, label: t(`customers.phoneTypes.${type}`) }))
      : EMAIL_TYPES.map((type) => ({ value: type, label: t(`customers.emailTypes.${type}`) }));
  const label = t(`customers.fields.${list}`);
  const itemLabel = t(`customers.form.${list === 'phones' ? 'phone' : 'email'}`);
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={list}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={4} align="flex-start">
                <Space.Compact style={{ flex: 1 }}>
                  <EntryTypeSelect
                    fieldName={field.name}
                    label={`${itemLabel} ${index + 1}`}
                    options={typeOptions}
                  />
                  <Form.Item
                    name={[field.name, 'value']}
                    style={{ flex: 1, marginBottom: 0 }}
                    rules={
                      list === 'emails'
                        ? [{ type: 'email', message: t('customers.form.emailInvalid') }]
                        : [{ min: 3, message: t('customers.form.phoneTooShort') }]
                    }
                  >
                    <Input
                      aria-label={`${itemLabel} ${index + 1}`}
                      onChange={
                        list === 'phones'
                          ? (event) => preselectPhoneType(form, field.name, event.target.value)
                          : undefined
                      }
                      inputMode={list === 'phones' ? 'tel' : 'email'}
                      maxLength={list === 'phones' ? 40 : 254}
                      placeholder={t(
                        `customers.form.${list === 'phones' ? 'phone' : 'email'}Placeholder`,
                      )}
                    />
                  </Form.Item>
                </Space.Compact>
                <PrimaryEntryActions
                  form={form}
                  list={list}
                  fieldName={field.name}
                  label={`${itemLabel} ${index + 1}`}
                  remove={remove}
                  onListChange={onListChange}
                />
              </Flex>
            ))}
            <AddEntryButton
              count={fields.length}
              text={t(`customers.form.add.${list}`)}
              onClick={() => {
                add({ type: types[0], value: '', primary: fields.length === 0 });
                onListChange();
              }}
            />
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** WeChat, QQ and other messenger handles. */
export function ImHandlesField({ onListChange }: Pick<ListFieldProps, 'onListChange'>) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('customers.fields.imHandles')}>
      <Form.List name="imHandles">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => {
              const itemLabel = `${t('customers.form.imHandle')} ${index + 1}`;
              return (
                <Flex key={field.key} gap={4} align="flex-start">
                  <Space.Compact style={{ flex: 1 }}>
                    <EntryTypeSelect
                      fieldName={field.name}
                      label={itemLabel}
                      options={IM_TYPES.map((type) => ({
                        value: type,
                        label: t(`customers.imTypes.${type}`),
                      }))}
                    />
                    <Form.Item name={[field.name, 'value']} noStyle>
                      <Input aria-label={itemLabel} maxLength={100} />
                    </Form.Item>
                  </Space.Compact>
                  <RemoveButton
                    label={itemLabel}
                    onClick={() => {
                      remove(field.name);
                      onListChange();
                    }}
                  />
                </Flex>
              );
            })}
            <AddEntryButton
              count={fields.length}
              text={t('customers.form.add.imHandles')}
              onClick={() => {
                add({ type: IM_TYPES[0], value: '' });
                onListChange();
              }}
            />
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Postal addresses, one primary; written largest part first as in China. */
export function AddressesField({ form, onListChange }: ListFieldProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Form.List name="addresses">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => {
            const itemLabel = `${t('customers.form.address')} ${index + 1}`;
            const part = (name: AddressPart) => `${itemLabel}: ${t(`customers.address.${name}`)}`;
            return (
              <div
                key={field.key}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadiusLG,
                  padding: '12px 12px 0',
                }}
              >
                <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
                  <EntryTypeSelect
                    fieldName={field.name}
                    label={itemLabel}
                    width={140}
                    options={ADDRESS_TYPES.map((type) => ({
                      value: type,
                      label: t(`customers.addressTypes.${type}`),
                    }))}
                  />
                  <Flex gap={4}>
                    <PrimaryEntryActions
                      form={form}
                      list="addresses"
                      fieldName={field.name}
                      label={itemLabel}
                      remove={remove}
                      onListChange={onListChange}
                    />
                  </Flex>
                </Flex>
                <Row gutter={8}>
                  {(['country', 'province', 'city', 'district'] as const).map((name) => (
                    <Col span={6} key={name}>
                      <Form.Item name={[field.name, name]} style={{ marginBottom: 8 }}>
                        <Input
                          aria-label={part(name)}
                          placeholder={t(`customers.address.${name}`)}
                          maxLength={60}
                        />
                      </Form.Item>
                    </Col>
                  ))}
                  <Col span={18}>
                    <Form.Item name={[field.name, 'street']}>
                      <Input
                        aria-label={part('street')}
                        placeholder={t('customers.address.street')}
                        maxLength={200}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'postalCode']}>
                      <Input
                        aria-label={part('postalCode')}
                        placeholder={t('customers.address.postalCode')}
                        maxLength={20}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              </div>
            );
          })}
          <AddEntryButton
            count={fields.length}
            text={t('customers.form.add.addresses')}
            onClick={() => {
              add({ type: ADDRESS_TYPES[0], primary: fields.length === 0 });
              onListChange();
            }}
          />
        </Flex>
      )}
    </Form.List>
  );
}
