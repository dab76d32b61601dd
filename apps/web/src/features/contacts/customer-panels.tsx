import { registerCustomerPanel } from '../customers/panels/customer-panel-registry';
import { CustomerContactsPanel } from './components/CustomerContactsPanel';

// A tab beside the timeline: a company's people, or the companies a person works for.
registerCustomerPanel({
  key: 'contacts',
  titleKey: 'contacts.panel',
  order: 20,
  slot: 'main',
  component: CustomerContactsPanel,
});
