import { registerCustomerPanel } from '../customers/panels/customer-panel-registry';
import { CustomerTagsEditor } from './components/CustomerTagsEditor';

// The customer's tags beside its name on the 360 page.
registerCustomerPanel({
  key: 'tags',
  titleKey: 'tags.editor.title',
  order: 10,
  slot: 'header',
  component: CustomerTagsEditor,
  access: { action: 'read', subject: 'Tag' },
});
