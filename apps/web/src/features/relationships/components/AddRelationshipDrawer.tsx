import { App, Form, Radio, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import type { CustomerResponse } from '../../customers/customer-types';
import { useRelationshipMutations } from '../hooks/use-relationship-mutations';
import { localizedText } from '../localized-text';
import type { RelationshipType } from '../relationship-api-types';
import {
  otherKindFor,
  toCreateRelationship,
  typeFitsCentre,
  type RelationshipDirection,
  type RelationshipFormValues,
} from '../relationship-draft';
import { relationshipProblemOf, type RelationshipProblem } from '../relationship-problem';
import { CustomerSearchSelect } from './CustomerSearchSelect';
import { RelationshipDetailFields } from './RelationshipDetailFields';
import { RelationshipProblemAlert } from './RelationshipProblemAlert';

const FIELD_NAMES = [
  'typeId',
  'otherId',
  'direction',
  'percentage',
  'title',
  'startsOn',
  'endsOn',
] as const;

interface AddRelationshipDrawerProps {
  open: boolean;
  customer: CustomerResponse;
  types: RelationshipType[];
  onClose: () => void;
}

/** Relates this customer to another: type, the other customer, direction and details. */
export function AddRelationshipDrawer({
  open,
  customer,
  types,
  onClose,
}: AddRelationshipDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create } = useRelationshipMutations();
  const [problem, setProblem] = useState<RelationshipProblem | null>(null);

  const submit = async (values: RelationshipFormValues) => {
    setProblem(null);
    const type = types.find((candidate) => candidate.id === values.typeId);
    if (!type) return;
    try {
      await create.mutateAsync(toCreateRelationship(customer.id, values, type));
    } catch (error) {
      const known = relationshipProblemOf(error);
      if (!known) throw error;
      setProblem(known);
      return;
    }
    void message.success(t('relationships.added'));
    onClose();
  };

  const close = () => {
    setProblem(null);
    onClose();
  };

  return (
    <RecordFormDrawer<RelationshipFormValues>
      open={open}
      title={t('relationships.addTitle', { name: customer.name })}
      fieldNames={FIELD_NAMES}
      initialValues={{ direction: 'outgoing' }}
      onSubmit={submit}
      onClose={close}
    >
      {(form) => (
        <>
          {problem && <RelationshipProblemAlert problem={problem} />}
          <AddRelationshipFields form={form} customer={customer} types={types} />
        </>
      )}
    </RecordFormDrawer>
  );
}

interface AddRelationshipFieldsProps {
  form: FormInstance<RelationshipFormValues>;
  customer: CustomerResponse;
  types: RelationshipType[];
}

function AddRelationshipFields({ form, customer, types }: AddRelationshipFieldsProps) {
  const { t, i18n } = useTranslation();
  const direction = Form.useWatch('direction', form) ?? 'outgoing';
  const typeId = Form.useWatch('typeId', form);
  const type = types.find((candidate) => candidate.id === typeId);
  const fitting = types.filter((candidate) => typeFitsCentre(candidate, customer.kind, direction));
  const text = (value: RelationshipType['name']) => localizedText(value, i18n.language);

  const typeLabel = (candidate: RelationshipType) => {
    if (candidate.symmetric) return text(candidate.name);
    // The label this customer will read first, the other side's reading after it.
    const [mine, theirs] =
      direction === 'outgoing'
        ? [candidate.name, candidate.inverseName]
        : [candidate.inverseName, candidate.name];
    return t('relationships.form.typeOption', { name: text(mine), inverse: text(theirs) });
  };

  const changeDirection = (next: RelationshipDirection) => {
    if (type && !typeFitsCentre(type, customer.kind, next)) form.setFieldValue('typeId', undefined);
    form.setFieldValue('otherId', undefined);
  };

  const reading = type
    ? t(
        direction === 'outgoing' || type.symmetric
          ? 'relationships.form.readsOutgoing'
          : 'relationships.form.readsIncoming',
        {
          name: customer.name,
          label: text(type.name),
        },
      )
    : null;

  return (
    <>
      {!type?.symmetric && (
        <Form.Item name="direction" label={t('relationships.form.direction')}>
          <Radio.Group
            onChange={(event) => changeDirection(event.target.value as RelationshipDirection)}
            options={(['outgoing', 'incoming'] as const).map((value) => ({
              value,
              label: t(`relationships.form.${value}`, { name: customer.name }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="typeId"
        label={t('relationships.form.type')}
        rules={[{ required: true, message: t('relationships.form.typeRequired') }]}
        extra={reading && <Typography.Text type="secondary">{reading}</Typography.Text>}
      >
        <Select<string>
          placeholder={t('relationships.form.typePlaceholder')}
          onChange={() => form.setFieldValue('otherId', undefined)}
          options={fitting.map((candidate) => ({
            value: candidate.id,
            label: typeLabel(candidate),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="otherId"
        label={t('relationships.form.other')}
        rules={[{ required: true, message: t('relationships.form.otherRequired') }]}
      >
        <CustomerSearchSelect
          kind={type ? otherKindFor(type, direction) : null}
          excludeId={customer.id}
        />
      </Form.Item>
      {type && <RelationshipDetailFields type={type} />}
    </>
  );
}
