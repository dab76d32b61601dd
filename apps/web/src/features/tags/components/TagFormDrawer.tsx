import { App, Form, Input, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { fetchTag, useTagMutations } from '../hooks/use-tag-mutations';
import { toTagColor } from '../tag-color';
import type { TagGroupResponse, TagResponse } from '../tag-types';
import { TagColorField } from './TagColorField';

interface TagFormValues {
  groupId: string;
  name: string;
  color?: string | null;
}

const FIELD_NAMES = ['groupId', 'name', 'color'] as const;

const toFormValues = (tag: TagResponse | null, groupId?: string): Partial<TagFormValues> => ({
  groupId: tag?.groupId ?? groupId,
  name: tag?.name,
  color: tag?.color ?? null,
});

interface TagFormDrawerProps {
  open: boolean;
  /** The tag to edit, or null to create one. */
  tag: TagResponse | null;
  /** The group a new tag goes into. */
  groupId?: string;
  groups: readonly TagGroupResponse[];
  onClose: () => void;
}

export function TagFormDrawer({ open, tag, groupId, groups, onClose }: TagFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { createTag, updateTag } = useTagMutations();
  const latest = useRef(tag);

  const submit = async ({ groupId: group, name, color }: TagFormValues) => {
    const body = { groupId: group, name: name.trim(), color: toTagColor(color) };
    if (latest.current) {
      await updateTag.mutateAsync({ tag: latest.current, changes: body });
      void message.success(t('common.saved'));
    } else {
      await createTag.mutateAsync(body);
      void message.success(t('common.created', { name: body.name }));
    }
    onClose();
  };

  const reload = async () => {
    if (!tag) return {};
    latest.current = await fetchTag(tag.id);
    return toFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<TagFormValues>
      open={open}
      title={tag ? t('tags.editTitle') : t('tags.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toFormValues(tag, groupId)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <Form.Item
        name="groupId"
        label={t('tags.fields.group')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('tags.fields.name')}
        extra={t('tags.fields.nameHelp')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={80} autoFocus />
      </Form.Item>
      <Form.Item name="color" label={t('tags.fields.color')}>
        <TagColorField />
      </Form.Item>
    </RecordFormDrawer>
  );
}
