import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import { useTasksList } from '../hooks/use-tasks-list';
import { TaskList } from './TaskList';

const PAGE_SIZE = 20;

/** The customer's tasks on its 360 page, newest first, with "new task" linked to it. */
export function CustomerTasksPanel({ customer }: CustomerPanelProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const list = useTasksList({ customerId: customer.id }, PAGE_SIZE);
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
        parent={{ type: 'customer', id: customer.id, name: customer.name }}
      />
    </>
  );
}
