import type { DealerOrgResponse } from '@kehu/contracts';
import { App, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { useDealerOrgMutations } from '../hooks/use-dealer-org-mutations';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface DealerOrgFormValues {
  name: string;
  contactEmail?: string;
  phone?: string;
  region?: string;
}

const FIELD_NAMES = ['name', 'contactEmail', 'phone', 'region'] as const;

const toFormValues = (org: DealerOrgResponse | null): Partial<DealerOrgFormValues> => ({
  name: org?.name,
  contactEmail: org?.contactEmail ?? undefined,
  phone: org?.phone ?? undefined,
  region: org?.region ?? undefined,
});

/** An emptied input clears the value: null on edit, left out on create. */
const cleaned = (value: string | undefined): string | null => value?.trim() || null;

interface DealerOrgFormDrawerProps {
  open: boolean;
  dealerOrg: DealerOrgResponse | null;
  onClose: () => void;
}

export function DealerOrgFormDrawer({ open, dealerOrg, onClose }: DealerOrgFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update, fetchDealerOrg } = useDealerOrgMutations();
  const latest = useRef(dealerOrg);

  const submit = async (values: DealerOrgFormValues) => {
    const fields = {
      name: values.name.trim(),
      contactEmail: cleaned(values.contactEmail),
      phone: cleaned(values.phone),
      region: cleaned(values.region),
    };
    if (latest.current) {
      await update.mutateAsync({ dealerOrg: latest.current, changes: fields });
      void message.success(t('common.saved'));
    } else {
      await create.mutateAsync({
        name: fields.name,
        contactEmail: fields.contactEmail ?? undefined,
        phone: fields.phone ?? undefined,
        region: fields.region ?? undefined,
      });
      void message.success(t('common.created', { name: fields.name }));
    }
    onClose();
  };

  const reload = async () => {
    if (!dealerOrg) return {};
    latest.current = await fetchDealerOrg(dealerOrg.id);
    return toFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<DealerOrgFormValues>
      open={open}
      title={dealerOrg ? t('dealerOrgs.editTitle') : t('dealerOrgs.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toFormValues(dealerOrg)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <RequiredTextField name="name" label={t('dealerOrgs.name')} maxLength={200} autoFocus />
      <Form.Item
        name="contactEmail"
        label={t('dealerOrgs.contactEmail')}
        rules={[{ type: 'email', message: t('dealerOrgs.emailInvalid') }]}
      >
        <Input type="email" maxLength={254} />
      </Form.Item>
      <Form.Item name="phone" label={t('dealerOrgs.phone')}>
        <Input type="tel" maxLength={50} />
      </Form.Item>
      <Form.Item name="region" label={t('dealerOrgs.region')}>
        <Input maxLength={100} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
