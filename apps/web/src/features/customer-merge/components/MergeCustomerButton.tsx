import { MergeCellsOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { customerSubject } from '../../customers/customer-subject';
import type { CustomerResponse } from '../../customers/customer-types';
import { MergeCustomerDialog } from './MergeCustomerDialog';

/** "Merge…" on the 360 page, for those allowed to merge this customer (managers, admins). */
export function MergeCustomerButton({ customer }: { customer: CustomerResponse }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  if (!ability.can('merge', customerSubject(customer))) return null;
  return (
    <>
      <Button icon={<MergeCellsOutlined />} onClick={() => setOpen(true)}>
        {t('customerMerge.action')}
      </Button>
      {open && <MergeCustomerDialog customer={customer} onClose={() => setOpen(false)} />}
    </>
  );
}
