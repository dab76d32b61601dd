import { ImportWizard } from '../components/ImportWizard';

/** Customers → Import: the import wizard for customers. */
export function CustomerImportPage() {
  return <ImportWizard target="customers" />;
}
