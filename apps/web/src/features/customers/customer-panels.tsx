import { CustomerProfilePanel } from './components/CustomerProfilePanel';
import { TimelinePanel } from '../../shared/timeline/TimelinePanel';
import { customerTimeline } from './customer-timeline';
import { registerCustomerPanel, type CustomerPanelProps } from './panels/customer-panel-registry';

function CustomerTimelinePanel({ customer }: CustomerPanelProps) {
  return <TimelinePanel subject={customerTimeline} record={customer} />;
}

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
  titleKey: 'timeline.title',
  order: 10,
  slot: 'main',
  component: CustomerTimelinePanel,
});
