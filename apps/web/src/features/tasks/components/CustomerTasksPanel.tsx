import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import { useTasksList } from '../hooks/use-tasks-list';
import type { TaskResponse } from '../task-types';
import { TaskFormDrawer } from './TaskFormDrawer';
import { TasksTable } from './TasksTable';

const PAGE_SIZE = 20;

/** The customer's tasks on its 360 page, newest first, with "new task" linked to it. */
export function CustomerTasksPanel({ customer }: CustomerPanelProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const list = useTasksList({ customerId: customer.id }, PAGE_SIZE);
  const [editing, setEditing] = useState<TaskResponse | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <>
      {ability.can('create', 'Task') && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tasks.new')}
          </Button>
        </Flex>
      )}
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <TasksTable tasks={list.items} loading={list.isLoading} onEdit={setEditing} hideParent />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <TaskFormDrawer
        open={creating || editing !== null}
        task={editing}
        parent={{ type: 'customer', id: customer.id, name: customer.name }}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
    </>
  );
}
