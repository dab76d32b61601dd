import { ImportWizard } from '../components/ImportWizard';

/** Leads → Import: the import wizard for leads. */
export function LeadImportPage() {
  return <ImportWizard target="leads" />;
}
