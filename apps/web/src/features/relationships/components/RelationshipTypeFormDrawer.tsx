import { App, Checkbox, Flex, Form, Input, Select, Switch, type FormInstance } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import {
  fetchRelationshipType,
  useRelationshipTypeMutations,
} from '../hooks/use-relationship-type-mutations';
import { localizedText } from '../localized-text';
import type { PartyKindConstraint, RelationshipType } from '../relationship-api-types';
import {
  NEW_RELATIONSHIP_TYPE,
  RELATIONSHIP_TYPE_KEY,
  toCreateRelationshipType,
  toRelationshipTypeFormValues,
  toUpdateRelationshipType,
  type RelationshipTypeFormValues,
} from '../relationship-type-form-values';

const FIELD_NAMES = [
  'key',
  'fromKind',
  'toKind',
  'symmetric',
  'hasPercentage',
  'hasTitle',
  'hasPeriod',
] as const;
const KINDS: readonly PartyKindConstraint[] = ['any', 'company', 'person'];
const NAME_MAX = 60;

interface RelationshipTypeFormDrawerProps {
  open: boolean;
  /** The type to rename, or null to create one. */
  type: RelationshipType | null;
  onClose: () => void;
}

/** Creates a relationship type, or renames one (its shape is fixed once it exists). */
export function RelationshipTypeFormDrawer({
  open,
  type,
  onClose,
}: RelationshipTypeFormDrawerProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { create, update } = useRelationshipTypeMutations();
  const latest = useRef(type);
  const editing = type !== null;

  const submit = async (values: RelationshipTypeFormValues) => {
    if (latest.current) {
      await update.mutateAsync({
        type: latest.current,
        changes: toUpdateRelationshipType(latest.current, values),
      });
      void message.success(t('common.saved'));
    } else {
      const created = await create.mutateAsync(toCreateRelationshipType(values));
      void message.success(
        t('common.created', { name: localizedText(created.name, i18n.language) }),
      );
    }
    onClose();
  };

  const reload = async () => {
    if (!type) return {};
    latest.current = await fetchRelationshipType(type.id);
    return toRelationshipTypeFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<RelationshipTypeFormValues>
      open={open}
      title={editing ? t('relationshipTypes.editTitle') : t('relationshipTypes.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={type ? toRelationshipTypeFormValues(type) : NEW_RELATIONSHIP_TYPE}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      {(form) => <RelationshipTypeFields form={form} editing={editing} />}
    </RecordFormDrawer>
  );
}

interface RelationshipTypeFieldsProps {
  form: FormInstance<RelationshipTypeFormValues>;
  editing: boolean;
}

function RelationshipTypeFields({ form, editing }: RelationshipTypeFieldsProps) {
  const { t } = useTranslation();
  const symmetric = Form.useWatch('symmetric', form) ?? false;
  const required = { required: true, whitespace: true, message: t('common.required') };
  const kindOptions = KINDS.map((kind) => ({
    value: kind,
    label: t(`relationshipTypes.kinds.${kind}`),
  }));
  return (
    <>
      <Form.Item
        name="key"
        label={t('relationshipTypes.key')}
        extra={t('relationshipTypes.keyHelp')}
        rules={[
          required,
          { pattern: RELATIONSHIP_TYPE_KEY, message: t('relationshipTypes.keyInvalid') },
        ]}
      >
        <Input maxLength={60} disabled={editing} autoFocus={!editing} />
      </Form.Item>
      <Form.Item
        name="symmetric"
        label={t('relationshipTypes.symmetric')}
        extra={t('relationshipTypes.symmetricHelp')}
        valuePropName="checked"
      >
        <Switch disabled={editing} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="nameZh"
          label={t('relationshipTypes.nameZh')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Input maxLength={NAME_MAX} placeholder="控股" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('relationshipTypes.nameEn')}
          rules={[required]}
          style={{ flex: 1 }}
        >
          <Input maxLength={NAME_MAX} placeholder="Holds shares in" />
        </Form.Item>
      </Flex>
      {!symmetric && (
        <Flex gap={12}>
          <Form.Item
            name="inverseNameZh"
            label={t('relationshipTypes.inverseNameZh')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <Input maxLength={NAME_MAX} placeholder="被控股" />
          </Form.Item>
          <Form.Item
            name="inverseNameEn"
            label={t('relationshipTypes.inverseNameEn')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <Input maxLength={NAME_MAX} placeholder="Shares held by" />
          </Form.Item>
        </Flex>
      )}
      <Flex gap={12}>
        <Form.Item name="fromKind" label={t('relationshipTypes.fromKind')} style={{ flex: 1 }}>
          <Select options={kindOptions} disabled={editing} />
        </Form.Item>
        {!symmetric && (
          <Form.Item name="toKind" label={t('relationshipTypes.toKind')} style={{ flex: 1 }}>
            <Select options={kindOptions} disabled={editing} />
          </Form.Item>
        )}
      </Flex>
      <Form.Item label={t('relationshipTypes.details')} extra={t('relationshipTypes.detailsHelp')}>
        <Flex vertical gap={4}>
          {(['hasPercentage', 'hasTitle', 'hasPeriod'] as const).map((flag) => (
            <Form.Item key={flag} name={flag} valuePropName="checked" noStyle>
              <Checkbox disabled={editing}>{t(`relationshipTypes.flags.${flag}`)}</Checkbox>
            </Form.Item>
          ))}
        </Flex>
      </Form.Item>
    </>
  );
}
