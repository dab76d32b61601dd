import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { TaskFilterBar } from '../components/TaskFilterBar';
import { TaskFormDrawer } from '../components/TaskFormDrawer';
import { TasksTable } from '../components/TasksTable';
import { useTasksList } from '../hooks/use-tasks-list';
import { toTaskListQuery, type TaskFilters } from '../task-list-filters';
import type { TaskResponse } from '../task-types';

/** Every task the user may read, filtered, a page at a time. */
export function TasksPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [filters, setFilters] = useState<TaskFilters>({ status: 'open-any' });
  const query = useMemo(() => toTaskListQuery(filters), [filters]);
  const list = useTasksList(query);
  const [editing, setEditing] = useState<TaskResponse | null>(null);
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
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <TasksTable tasks={list.items} loading={list.isLoading} onEdit={setEditing} />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <TaskFormDrawer
        open={creating || editing !== null}
        task={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
    </>
  );
}
