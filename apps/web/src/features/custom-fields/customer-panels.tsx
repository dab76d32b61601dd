import {
  registerCustomerPanel,
  type CustomerPanelProps,
} from '../customers/panels/customer-panel-registry';
import { CustomFieldValueList } from '../../shared/custom-fields/CustomFieldValueList';

function CustomerCustomFieldsPanel({ customer }: CustomerPanelProps) {
  return (
    <CustomFieldValueList
      recordType="customer"
      kind={customer.kind}
      values={customer.customFields}
    />
  );
}

// The customer's custom fields (自定义字段), under the profile in the narrow column.
registerCustomerPanel({
  key: 'customFields',
  titleKey: 'customFields.section',
  order: 20,
  slot: 'aside',
  component: CustomerCustomFieldsPanel,
});
