import { App, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { fetchTagGroup, useTagMutations } from '../hooks/use-tag-mutations';
import type { TagGroupResponse } from '../tag-types';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface TagGroupFormValues {
  key: string;
  name: string;
  description?: string;
}

const FIELD_NAMES = ['key', 'name', 'description'] as const;
/** What the API accepts as a group key. */
const GROUP_KEY = /^[a-z][a-z0-9-]{1,59}$/;

const toFormValues = (group: TagGroupResponse | null): Partial<TagGroupFormValues> => ({
  key: group?.key,
  name: group?.name,
  description: group?.description ?? undefined,
});

interface TagGroupFormDrawerProps {
  open: boolean;
  /** The group to edit, or null to create one. */
  group: TagGroupResponse | null;
  onClose: () => void;
}

export function TagGroupFormDrawer({ open, group, onClose }: TagGroupFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { createGroup, updateGroup } = useTagMutations();
  const latest = useRef(group);

  const submit = async ({ key, name, description }: TagGroupFormValues) => {
    const trimmed = description?.trim() || null;
    if (latest.current) {
      await updateGroup.mutateAsync({
        group: latest.current,
        changes: { name: name.trim(), description: trimmed },
      });
      void message.success(t('common.saved'));
    } else {
      await createGroup.mutateAsync({ key, name: name.trim(), description: trimmed });
      void message.success(t('common.created', { name: name.trim() }));
    }
    onClose();
  };

  const reload = async () => {
    if (!group) return {};
    latest.current = await fetchTagGroup(group.id);
    return toFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<TagGroupFormValues>
      open={open}
      title={group ? t('tags.groups.editTitle') : t('tags.groups.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toFormValues(group)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <RequiredTextField name="name" label={t('tags.groups.name')} maxLength={120} autoFocus />
      <Form.Item
        name="key"
        label={t('tags.groups.key')}
        extra={group ? t('tags.groups.keyFixed') : t('tags.groups.keyHelp')}
        rules={[
          { required: true, message: t('common.required') },
          { pattern: GROUP_KEY, message: t('tags.groups.keyInvalid') },
        ]}
      >
        <Input maxLength={60} disabled={group !== null} spellCheck={false} />
      </Form.Item>
      <Form.Item name="description" label={t('tags.groups.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </RecordFormDrawer>
  );
}
