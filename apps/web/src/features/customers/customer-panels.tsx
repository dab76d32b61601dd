import { CustomerProfilePanel } from './components/CustomerProfilePanel';
import { CustomerTimelinePanel } from './components/CustomerTimelinePanel';
import { registerCustomerPanel } from './panels/customer-panel-registry';

// The customer's own panels; other features add theirs the same way in their own folder.
registerCustomerPanel({
  key: 'profile',
  titleKey: 'customers.panels.profile',
  order: 10,
  slot: 'aside',
  component: CustomerProfilePanel,
});

registerCustomerPanel({
  key: 'timeline',
  titleKey: 'customers.panels.timeline',
  order: 10,
  slot: 'main',
  component: CustomerTimelinePanel,
});
