import { registerCustomerPanel } from '../customers/panels/customer-panel-registry';
import { CustomerTasksPanel } from './components/CustomerTasksPanel';

// The customer's tasks as a tab beside the timeline on the 360 page.
registerCustomerPanel({
  key: 'tasks',
  titleKey: 'tasks.panelTitle',
  order: 20,
  slot: 'main',
  component: CustomerTasksPanel,
  access: { action: 'read', subject: 'Task' },
});
