import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { useLeadMutations } from '../hooks/use-lead-mutations';

interface AssignValues {
  ownerId: string;
}

interface AssignLeadsModalProps {
  /** The leads to reassign, with a name for the title when there is one; null: closed. */
  target: { ids: string[]; name?: string } | null;
  onClose: () => void;
  onDone?: () => void;
}

/** Manual reassignment (managers): every chosen lead goes to one new owner. */
export function AssignLeadsModal({ target, onClose, onDone }: AssignLeadsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { owners, ownerName } = useOwnerOptions();
  const { assign } = useLeadMutations();
  const ids = target?.ids ?? [];

  const submit = async ({ ownerId }: AssignValues) => {
    const results = await Promise.allSettled(
      ids.map((leadId) => assign.mutateAsync({ leadId, body: { ownerId } })),
    );
    const failed = results.filter((result) => result.status === 'rejected');
    const name = ownerName(ownerId) ?? '';
    if (failed.length === results.length && failed[0]) throw failed[0].reason;
    if (failed.length > 0) void message.warning(t('leads.assign.failed', { count: failed.length }));
    else if (ids.length === 1) void message.success(t('leads.assign.done', { name }));
    else void message.success(t('leads.assign.doneMany', { count: ids.length, name }));
    onDone?.();
    onClose();
  };

  return (
    <FormModal<AssignValues>
      open={target !== null}
      title={
        target?.name
          ? t('leads.assign.title', { name: target.name })
          : t('leads.assign.titleMany', { count: ids.length })
      }
      okText={t('leads.detail.reassign')}
      fieldNames={['ownerId']}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="ownerId"
        label={t('leads.assign.owner')}
        rules={[{ required: true, message: t('leads.assign.ownerRequired') }]}
      >
        <OwnerSelect owners={owners} />
      </Form.Item>
    </FormModal>
  );
}
