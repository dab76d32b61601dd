import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { useLeadMutations } from '../hooks/use-lead-mutations';
import type { LeadResponse } from '../lead-types';

interface DisqualifyValues {
  disqualifiedReason: string;
}

/** Marks the lead disqualified, with the reason the API requires. */
export function DisqualifyLeadModal({
  lead,
  onClose,
}: {
  lead: LeadResponse | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { update } = useLeadMutations();

  const submit = async ({ disqualifiedReason }: DisqualifyValues) => {
    if (!lead) return;
    await update.mutateAsync({
      lead,
      body: { status: 'disqualified', disqualifiedReason: disqualifiedReason.trim() },
    });
    onClose();
  };

  return (
    <FormModal<DisqualifyValues>
      open={lead !== null}
      title={t('leads.disqualify.title', { name: lead?.name ?? '' })}
      okText={t('leads.detail.markAs', { status: t('leads.statuses.disqualified') })}
      danger
      fieldNames={['disqualifiedReason']}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="disqualifiedReason"
        label={t('leads.fields.disqualifiedReason')}
        rules={[
          { required: true, whitespace: true, message: t('leads.disqualify.reasonRequired') },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={500}
          placeholder={t('leads.disqualify.reasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
