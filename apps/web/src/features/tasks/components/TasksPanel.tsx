import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { useTasksList } from '../hooks/use-tasks-list';
import type { TaskParent } from '../task-parent';
import { TaskList } from './TaskList';

const PAGE_SIZE = 20;

/**
 * The tasks of one customer or lead on its page, with "new task" linked to that record
 * (for who may create tasks).
 */
export function TasksPanel({ parent }: { parent: TaskParent }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const list = useTasksList(
    parent.type === 'customer' ? { customerId: parent.id } : { leadId: parent.id },
    PAGE_SIZE,
  );
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
      <TaskList
        list={list}
        creating={creating}
        onCreateClosed={() => setCreating(false)}
        parent={parent}
      />
    </>
  );
}
