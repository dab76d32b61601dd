import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { DUE_RANGES, type TaskFilters as TaskFilterState } from '../task-list-filters';
import { TASK_PRIORITIES, TASK_STATUSES } from '../task-options';
import { parentValue, parseParent, type ParentValue } from '../task-form-values';
import { TaskParentSelect } from './TaskParentSelect';

interface TaskFiltersProps {
  filters: TaskFilterState;
  onChange: (filters: TaskFilterState) => void;
}

/** The filters of the task list: status, assignee, due, priority, linked record. */
export function TaskFilters({ filters, onChange }: TaskFiltersProps) {
  const { t } = useTranslation();
  const { owners } = useOwnerOptions();
  const set = (changes: Partial<TaskFilterState>) => onChange({ ...filters, ...changes });
  const linked: ParentValue | undefined = filters.customerId
    ? parentValue('customer', filters.customerId)
    : filters.leadId
      ? parentValue('lead', filters.leadId)
      : undefined;

  return (
    <>
      <Select
        allowClear
        aria-label={t('tasks.fields.status')}
        placeholder={t('tasks.fields.status')}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={[
          { value: 'open-any', label: t('tasks.filters.openAny') },
          ...TASK_STATUSES.map((value) => ({ value, label: t(`tasks.statuses.${value}`) })),
        ]}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('tasks.fields.assignee')}
        placeholder={t('tasks.fields.assignee')}
        value={filters.assigneeId}
        onChange={(assigneeId) => set({ assigneeId })}
        options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        style={{ width: 180 }}
      />
      <Select
        allowClear
        aria-label={t('tasks.filters.due')}
        placeholder={t('tasks.filters.due')}
        value={filters.due}
        onChange={(due) => set({ due })}
        options={DUE_RANGES.map((value) => ({ value, label: t(`tasks.dueRanges.${value}`) }))}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        aria-label={t('tasks.fields.priority')}
        placeholder={t('tasks.fields.priority')}
        value={filters.priority}
        onChange={(priority) => set({ priority })}
        options={TASK_PRIORITIES.map((value) => ({
          value,
          label: t(`tasks.priorities.${value}`),
        }))}
        style={{ width: 120 }}
      />
      <div style={{ width: 240 }}>
        <TaskParentSelect
          value={linked}
          onChange={(value) => {
            const parent = value ? parseParent(value) : null;
            set({
              customerId: parent?.type === 'customer' ? parent.id : undefined,
              leadId: parent?.type === 'lead' ? parent.id : undefined,
            });
          }}
        />
      </div>
    </>
  );
}
