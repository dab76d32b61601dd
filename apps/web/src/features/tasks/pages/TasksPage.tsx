import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { TaskFilterBar } from '../components/TaskFilterBar';
import { TaskList } from '../components/TaskList';
import { useTasksList } from '../hooks/use-tasks-list';
import { toTaskListQuery, type TaskFilters } from '../task-list-filters';

/** Every task the user may read, filtered, a page at a time. */
export function TasksPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [filters, setFilters] = useState<TaskFilters>({ status: 'open-any' });
  const query = useMemo(() => toTaskListQuery(filters), [filters]);
  const list = useTasksList(query);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        subtitle={t('tasks.subtitle')}
        actions={
          ability.can('create', 'Task') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tasks.new')}
            </Button>
          )
        }
      />
      <TaskFilterBar filters={filters} onChange={setFilters} />
      <TaskList list={list} creating={creating} onCreateClosed={() => setCreating(false)} />
    </>
  );
}
