import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { useTasksList } from '../hooks/use-tasks-list';
import { TaskList } from './TaskList';

const PAGE_SIZE = 20;

/**
 * The lead's tasks on its page, open and done alike (soonest due first), with "new task"
 * linked to the lead; each task's changes are in the audit log and its reminders on the
 * lead's timeline.
 */
export function LeadTasksPanel({ lead }: { lead: { id: string; name: string } }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const list = useTasksList({ leadId: lead.id }, PAGE_SIZE);
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
        parent={{ type: 'lead', id: lead.id, name: lead.name }}
      />
    </>
  );
}
