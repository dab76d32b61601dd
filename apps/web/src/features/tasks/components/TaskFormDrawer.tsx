import { App, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { fetchTask, useTaskMutations } from '../hooks/use-task-mutations';
import { TASK_PRIORITIES } from '../task-options';
import type { TaskParent } from '../task-parent';
import {
  parentValue,
  TASK_FORM_FIELDS,
  toCreateTaskRequest,
  toTaskFormValues,
  toUpdateTaskRequest,
  type TaskFormValues,
} from '../task-form-values';
import type { TaskResponse } from '../task-types';
import { TaskParentSelect } from './TaskParentSelect';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface TaskFormDrawerProps {
  open: boolean;
  /** The task to edit; null creates one. */
  task: TaskResponse | null;
  /** For a new task: the record it is about (opened from a customer's page). */
  parent?: TaskParent;
  onClose: () => void;
}

const DATE_TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm' } as const;

/** Creates or edits a task: title, linked record, assignee, due and reminder time, priority. */
export function TaskFormDrawer({ open, task, parent, onClose }: TaskFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update } = useTaskMutations();
  const { owners, loading } = useOwnerOptions(open);
  const linked = task?.parent ?? parent ?? null;

  const initialValues: Partial<TaskFormValues> = task
    ? toTaskFormValues(task)
    : {
        priority: 'normal',
        parent: parent ? parentValue(parent.type, parent.id) : undefined,
      };

  const submit = async (values: TaskFormValues) => {
    if (task) {
      await update.mutateAsync({ task, changes: toUpdateTaskRequest(task, values) });
      void message.success(t('common.saved'));
    } else {
      const created = await create.mutateAsync(toCreateTaskRequest(values));
      void message.success(t('common.created', { name: created.title }));
    }
    onClose();
  };

  return (
    <RecordFormDrawer<TaskFormValues>
      open={open}
      title={task ? t('tasks.editTitle') : t('tasks.createTitle')}
      fieldNames={TASK_FORM_FIELDS}
      initialValues={initialValues}
      onSubmit={submit}
      onStaleVersion={task ? async () => toTaskFormValues(await fetchTask(task.id)) : undefined}
      onClose={onClose}
    >
      <RequiredTextField name="title" label={t('tasks.fields.title')} maxLength={200} />
      <Form.Item
        name="parent"
        label={t('tasks.fields.parent')}
        rules={[{ required: true, message: t('tasks.form.parentRequired') }]}
      >
        <TaskParentSelect initial={linked} disabled={Boolean(task) || Boolean(parent)} />
      </Form.Item>
      <Form.Item
        name="assigneeId"
        label={t('tasks.fields.assignee')}
        tooltip={t('tasks.form.assigneeHelp')}
      >
        <OwnerSelect
          owners={owners}
          allowClear
          loading={loading}
          placeholder={t('tasks.form.assigneePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="dueAt" label={t('tasks.fields.dueAt')}>
        <DatePicker {...DATE_TIME} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reminderAt" label={t('tasks.fields.reminderAt')}>
        <DatePicker {...DATE_TIME} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="priority" label={t('tasks.fields.priority')}>
        <Select
          options={TASK_PRIORITIES.map((value) => ({
            value,
            label: t(`tasks.priorities.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('tasks.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
