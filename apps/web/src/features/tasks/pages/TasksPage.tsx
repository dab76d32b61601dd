import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ListPage } from '../../../shared/list/ListPage';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { TaskFilters } from '../components/TaskFilters';
import { TaskFormDrawer } from '../components/TaskFormDrawer';
import { TasksTable } from '../components/TasksTable';
import { taskListSource } from '../hooks/use-tasks-list';
import { taskListCodec, toTaskListQuery } from '../task-list-filters';
import type { TaskResponse } from '../task-types';

/** Every task the user may read, filtered (in the address), a page at a time. */
export function TasksPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const page = useListPageState({
    codec: taskListCodec,
    toQuery: toTaskListQuery,
    source: taskListSource,
  });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TaskResponse | null>(null);

  return (
    <>
      <ListPage
        page={page}
        title={t('tasks.title')}
        subtitle={t('tasks.subtitle')}
        actions={
          ability.can('create', 'Task') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tasks.new')}
            </Button>
          )
        }
        searchPlaceholder={t('tasks.searchPlaceholder')}
        filters={<TaskFilters filters={page.state} onChange={page.setState} />}
      >
        {() => (
          <TasksTable tasks={page.list.items} loading={page.list.isLoading} onEdit={setEditing} />
        )}
      </ListPage>
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
