import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import { TasksPanel } from './TasksPanel';

/** The customer's tasks on its 360 page, newest first, with "new task" linked to it. */
export function CustomerTasksPanel({ customer }: CustomerPanelProps) {
  return <TasksPanel parent={{ type: 'customer', id: customer.id, name: customer.name }} />;
}
