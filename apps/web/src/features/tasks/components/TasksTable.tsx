import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem } from '../../../shared/api/describe-problem';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { useTaskMutations } from '../hooks/use-task-mutations';
import { isTaskOpen, STATUS_COLORS } from '../task-options';
import { isTaskOverdue } from '../task-overdue';
import { taskParentPath } from '../task-parent';
import type { TaskResponse } from '../task-types';
import { TaskPriorityTag } from './TaskPriorityTag';

interface TasksTableProps {
  tasks: TaskResponse[];
  loading: boolean;
  onEdit: (task: TaskResponse) => void;
  /** Leave out the linked-record column (on the record's own page). */
  hideParent?: boolean;
}

/** Tasks with their record, assignee, due time and status; done / reopen, edit, delete. */
export function TasksTable({ tasks, loading, onEdit, hideParent }: TasksTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const { update, remove, restore } = useTaskMutations();
  const mayUpdate = ability.can('update', 'Task');
  const mayDelete = ability.can('delete', 'Task');

  const deleteTask = useUndoableDelete<TaskResponse>({
    remove: (task) => remove.mutateAsync(task),
    restore: async (task) => {
      await restore.mutateAsync(task);
    },
    nameOf: (task) => task.title,
  });

  const toggle = async (task: TaskResponse) => {
    try {
      await update.mutateAsync({
        task,
        changes: { status: isTaskOpen(task.status) ? 'done' : 'open' },
      });
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  const columns: TableColumnsType<TaskResponse> = [
    {
      key: 'title',
      title: t('tasks.fields.title'),
      render: (_, task) => (
        <Typography.Text delete={task.status === 'done'} strong>
          {task.title}
        </Typography.Text>
      ),
    },
    ...(hideParent
      ? []
      : [
          {
            key: 'parent',
            title: t('tasks.fields.parent'),
            render: (_: unknown, task: TaskResponse) =>
              task.parent ? (
                <>
                  <Tag>{t(`tasks.parentTypes.${task.parent.type}`)}</Tag>
                  <Link to={taskParentPath(task.parent)}>{task.parent.name}</Link>
                </>
              ) : (
                t('common.none')
              ),
          },
        ]),
    {
      key: 'assignee',
      title: t('tasks.fields.assignee'),
      render: (_, task) => task.assignee?.name ?? t('common.none'),
    },
    {
      key: 'dueAt',
      title: t('tasks.fields.dueAt'),
      render: (_, task) =>
        isTaskOverdue(task) ? (
          <Typography.Text type="danger" data-overdue="true">
            <DateTimeText value={task.dueAt} />{' '}
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('tasks.dueRanges.overdue')}
            </Tag>
          </Typography.Text>
        ) : (
          <DateTimeText value={task.dueAt} />
        ),
    },
    {
      key: 'priority',
      title: t('tasks.fields.priority'),
      render: (_, task) => <TaskPriorityTag priority={task.priority} />,
    },
    {
      key: 'status',
      title: t('tasks.fields.status'),
      render: (_, task) => (
        <Tag color={STATUS_COLORS[task.status]}>{t(`tasks.statuses.${task.status}`)}</Tag>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, task) => (
        <RowActions
          recordName={task.title}
          onEdit={mayUpdate ? () => onEdit(task) : undefined}
          onDelete={mayDelete ? () => deleteTask(task) : undefined}
          deleteConfirm={t('tasks.deleteConfirm')}
        >
          {mayUpdate && task.status !== 'cancelled' && (
            <Button
              type="text"
              size="small"
              icon={isTaskOpen(task.status) ? <CheckOutlined /> : <UndoOutlined />}
              aria-label={`${isTaskOpen(task.status) ? t('tasks.markDone') : t('tasks.reopen')} ${task.title}`}
              onClick={() => void toggle(task)}
            >
              {isTaskOpen(task.status) ? t('tasks.markDone') : t('tasks.reopen')}
            </Button>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <Table<TaskResponse>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('tasks.empty') }}
    />
  );
}
