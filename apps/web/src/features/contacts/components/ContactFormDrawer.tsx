import {
  App,
  Button,
  Flex,
  Form,
  Input,
  Segmented,
  Select,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { CustomFieldFormItems } from '../../../shared/custom-fields/CustomFieldFormItems';
import {
  customFieldChanges,
  customFieldsForCreate,
  toCustomFieldFormValues,
} from '../../../shared/custom-fields/custom-field-values';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import { ValueListField } from '../../customers/components/ContactListFields';
import { DuplicateAlert } from '../../customers/components/DuplicateAlert';
import type { CustomerFormValues } from '../../customers/customer-form-values';
import type { CustomerResponse, DuplicateCandidate } from '../../customers/customer-types';
import { useSaveDespiteDuplicates } from '../../customers/hooks/use-save-despite-duplicates';
import {
  CONTACT_FORM_FIELDS,
  emptyContactFormValues,
  toContactChanges,
  toContactFormValues,
  toCreateContactRequest,
  type ContactFormValues,
} from '../contact-form-values';
import type { ContactResponse } from '../contact-types';
import { fetchContact, useContactMutations } from '../hooks/use-contact-mutations';
import { usePersonOptions, type PersonOption } from '../hooks/use-person-options';

interface ContactFormDrawerProps {
  open: boolean;
  company: CustomerResponse;
  /** The contact to edit, or null to add one. */
  contact: ContactResponse | null;
  /** The company has no contact yet: the new one becomes primary. */
  firstContact: boolean;
  onClose: () => void;
}

/** Adds a person to a company (a new person, or one on file), or edits a contact's role. */
export function ContactFormDrawer({
  open,
  company,
  contact,
  firstContact,
  onClose,
}: ContactFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update } = useContactMutations();
  const [current, setCurrent] = useState(contact);
  const [refused, setRefused] = useState<DuplicateCandidate[] | null>(null);
  // A person on file picked from a refusal, offered in the person picker.
  const [chosen, setChosen] = useState<PersonOption | null>(null);
  const { definitions, editable, isLoading } = useCustomFields('contact', { enabled: open });
  const initialValues = useMemo(
    () => ({
      ...(contact ? toContactFormValues(contact) : emptyContactFormValues(firstContact)),
      customFields: toCustomFieldFormValues(definitions, contact ? contact.customFields : null),
    }),
    [contact, firstContact, definitions],
  );

  const saveDespiteDuplicates = useSaveDespiteDuplicates(t('contacts.form.similarPeople'));

  const add = async (values: ContactFormValues) => {
    const customFields = customFieldsForCreate(definitions, editable, values.customFields);
    const body = { ...toCreateContactRequest(values), ...(customFields ? { customFields } : {}) };
    const save = (acknowledgeDuplicates: boolean) =>
      create.mutateAsync({ companyId: company.id, body, acknowledgeDuplicates });
    const saved = await saveDespiteDuplicates(save, setRefused);
    if (!saved) return;
    void message.success(t('contacts.added', { name: saved.person.name ?? '' }));
    onClose();
  };

  const edit = async (editing: ContactResponse, values: ContactFormValues) => {
    const changes = toContactChanges(editing, values);
    const changedFields = customFieldChanges(
      definitions,
      editable,
      editing.customFields,
      values.customFields,
    );
    if (changedFields) changes.customFields = changedFields;
    if (Object.keys(changes).length > 0) {
      const saved = await update.mutateAsync({ contact: editing, changes });
      setCurrent(saved);
      void message.success(t('common.saved'));
    }
    onClose();
  };

  return (
    <RecordFormDrawer<ContactFormValues>
      open={open && !isLoading}
      title={
        current
          ? t('contacts.form.editTitle', { name: current.person.name ?? '' })
          : t('contacts.form.createTitle', { company: company.name })
      }
      fieldNames={CONTACT_FORM_FIELDS}
      initialValues={initialValues}
      onSubmit={async (values) => {
        setRefused(null);
        await (current ? edit(current, values) : add(values));
      }}
      onStaleVersion={
        current
          ? async () => {
              const latest = await fetchContact(current.id);
              setCurrent(latest);
              return {
                ...toContactFormValues(latest),
                customFields: toCustomFieldFormValues(definitions, latest.customFields),
              };
            }
          : undefined
      }
      onClose={() => {
        setRefused(null);
        onClose();
      }}
    >
      {(form) => (
        <>
          {refused && (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              <DuplicateAlert candidates={refused} checking={false} refused />
              <Typography.Text type="secondary">{t('contacts.form.useExisting')}</Typography.Text>
              <Flex gap={8} wrap>
                {refused
                  .filter((candidate) => candidate.readable)
                  .map((candidate) => (
                    <Button
                      key={candidate.id}
                      onClick={() => {
                        setChosen({
                          id: candidate.id,
                          number: candidate.number,
                          name: candidate.name,
                        });
                        form.setFieldsValue({ personSource: 'existing', personId: candidate.id });
                        setRefused(null);
                      }}
                    >
                      {t('contacts.form.addInstead', { name: candidate.name })}
                    </Button>
                  ))}
              </Flex>
            </Flex>
          )}
          {current ? (
            <Form.Item label={t('contacts.fields.person')}>
              <Input value={current.person.name ?? t('contacts.hiddenPerson')} disabled />
            </Form.Item>
          ) : (
            <PersonFields form={form} chosen={chosen} onChange={() => setRefused(null)} />
          )}
          <DetailFields lockedPrimary={current?.primary === true} />
          <CustomFieldFormItems
            title={t('customFields.section')}
            definitions={definitions}
            editable={editable}
            stored={current?.customFields}
          />
        </>
      )}
    </RecordFormDrawer>
  );
}

function PersonFields({
  form,
  chosen,
  onChange,
}: {
  form: FormInstance<ContactFormValues>;
  chosen: PersonOption | null;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const source = Form.useWatch('personSource', form) ?? 'new';
  const [search, setSearch] = useState('');
  const people = usePersonOptions(search, source === 'existing');
  // The phone and email rows are the customer form's, with the same primary-star behaviour.
  const listForm = form as unknown as FormInstance<CustomerFormValues>;
  return (
    <>
      <Form.Item name="personSource" label={t('contacts.fields.person')}>
        <Segmented
          block
          onChange={onChange}
          options={[
            { value: 'new', label: t('contacts.form.newPerson') },
            { value: 'existing', label: t('contacts.form.existingPerson') },
          ]}
        />
      </Form.Item>
      {source === 'new' ? (
        <>
          <Form.Item
            name="name"
            label={t('contacts.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('contacts.form.nameRequired') }]}
          >
            <Input maxLength={200} autoFocus onChange={onChange} />
          </Form.Item>
          <ValueListField form={listForm} list="phones" onListChange={onChange} />
          <ValueListField form={listForm} list="emails" onListChange={onChange} />
        </>
      ) : (
        <Form.Item
          name="personId"
          label={t('contacts.form.pickPerson')}
          extra={t('contacts.form.pickPersonHelp')}
          rules={[{ required: true, message: t('contacts.form.personRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={people.loading}
            placeholder={t('contacts.form.pickPersonPlaceholder')}
            notFoundContent={t('contacts.form.noPerson')}
            options={[
              ...(chosen && !people.options.some((person) => person.id === chosen.id)
                ? [chosen]
                : []),
              ...people.options,
            ].map((person) => ({
              value: person.id,
              label: `${person.name} · ${person.number}`,
            }))}
          />
        </Form.Item>
      )}
    </>
  );
}

function DetailFields({ lockedPrimary }: { lockedPrimary: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Flex gap={12}>
        <Form.Item name="title" label={t('contacts.fields.title')} style={{ flex: 1 }}>
          <Input maxLength={120} placeholder={t('contacts.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="department" label={t('contacts.fields.department')} style={{ flex: 1 }}>
          <Input maxLength={120} placeholder={t('contacts.form.departmentPlaceholder')} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="primary"
        label={t('contacts.fields.primary')}
        valuePropName="checked"
        extra={lockedPrimary ? t('contacts.form.primaryLocked') : t('contacts.form.primaryHelp')}
      >
        <Switch disabled={lockedPrimary} />
      </Form.Item>
      <Form.Item name="notes" label={t('contacts.fields.notes')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} showCount />
      </Form.Item>
    </>
  );
}
