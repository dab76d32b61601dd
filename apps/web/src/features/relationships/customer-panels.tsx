import { registerCustomerPanel } from '../customers/panels/customer-panel-registry';
import { RelationshipsPanel } from './components/RelationshipsPanel';

// A tab of the 360 page, after the timeline.
registerCustomerPanel({
  key: 'relationships',
  titleKey: 'relationships.panelTitle',
  order: 20,
  slot: 'main',
  component: RelationshipsPanel,
});
