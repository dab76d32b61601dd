import { Alert, App, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSession } from '../../auth/hooks/use-session';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import type { CustomerResponse } from '../customer-types';
import { useCustomerMutations } from '../hooks/use-customer-mutations';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import { useOwnerOptions, type OwnerOption } from '../../../shared/owners/use-owner-options';

/** What is handed over: one customer, the selected ones, or everything a person owns. */
export type TransferTarget =
  | { kind: 'one'; customer: CustomerResponse }
  | { kind: 'selected'; ids: string[] }
  | { kind: 'owner' };

interface TransferOwnerModalProps {
  target: TransferTarget | null;
  onClose: () => void;
  onDone?: (transferred: number) => void;
}

interface TransferValues {
  fromOwnerId?: string;
  ownerId: string;
  teamId?: string;
}

/** Hands customers to a new owner; their whole history stays with them. */
export function TransferOwnerModal({ target, onClose, onDone }: TransferOwnerModalProps) {
  const { t } = useTranslation();
  const title =
    target?.kind === 'one'
      ? t('customers.transfer.titleOne', { name: target.customer.name })
      : target?.kind === 'selected'
        ? t('customers.transfer.titleSelected', { count: target.ids.length })
        : t('customers.transfer.titleOwner');
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={null}
      width={520}
    >
      {target && <TransferForm target={target} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function TransferForm({
  target,
  onClose,
  onDone,
}: Omit<TransferOwnerModalProps, 'target'> & { target: TransferTarget }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const { user } = useSession();
  const [form] = Form.useForm<TransferValues>();
  const { owners, complete } = useOwnerOptions();
  const { teams, teamName } = useTeamOptions(ability.can('read', 'Team'));
  const { transfer, transferMany } = useCustomerMutations();
  const [error, setError] = useState<unknown>(null);
  const [ownerId, setOwnerId] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const chosen = owners.find((owner) => owner.id === ownerId);
  const readableTeams = new Set(teams.map((team) => team.id));
  const ownerTeams = (chosen?.teamIds ?? []).filter((id) => readableTeams.has(id));
  const ownerLabel = ({ id, name }: OwnerOption) =>
    id === user.id ? t('customers.list.me', { name }) : name;

  const submit = async (values: TransferValues) => {
    setError(null);
    setSaving(true);
    const body = { ownerId: values.ownerId, teamId: values.teamId };
    try {
      let count: number;
      if (target.kind === 'one') {
        await transfer.mutateAsync({ id: target.customer.id, body });
        count = 1;
      } else if (target.kind === 'selected') {
        ({ transferred: count } = await transferMany.mutateAsync({
          ...body,
          customerIds: target.ids,
        }));
      } else {
        ({ transferred: count } = await transferMany.mutateAsync({
          ...body,
          fromOwnerId: values.fromOwnerId,
        }));
      }
      void message.success(t('customers.transfer.done', { count }));
      onDone?.(count);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<TransferValues>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed: Partial<TransferValues>) => {
        if ('ownerId' in changed) {
          setOwnerId(changed.ownerId);
          form.setFieldValue('teamId', undefined);
        }
      }}
      style={{ marginTop: 16 }}
    >
      {error !== null && <ProblemAlert error={error} />}
      {target.kind === 'one' && (
        <Typography.Paragraph type="secondary">
          {t('customers.transfer.currentOwner', {
            owner: target.customer.owner?.name ?? t('customers.noOwner'),
          })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">
        {t('customers.transfer.historyStays')}
      </Typography.Paragraph>
      {target.kind === 'owner' && (
        <Form.Item
          name="fromOwnerId"
          label={t('customers.transfer.fromOwner')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OwnerSelect owners={owners} ownerLabel={ownerLabel} />
        </Form.Item>
      )}
      <Form.Item
        name="ownerId"
        label={t('customers.transfer.toOwner')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <OwnerSelect owners={owners} ownerLabel={ownerLabel} />
      </Form.Item>
      {!complete && (
        <Alert
          type="info"
          showIcon
          title={t('customers.transfer.onlyYou')}
          style={{ marginBottom: 16 }}
        />
      )}
      {ownerTeams.length > 1 && (
        <Form.Item
          name="teamId"
          label={t('customers.fields.team')}
          extra={t('customers.transfer.teamHelp')}
        >
          <Select
            allowClear
            placeholder={t('customers.transfer.teamDefault')}
            options={ownerTeams.map((id) => ({ value: id, label: teamName(id) }))}
          />
        </Form.Item>
      )}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('customers.transfer.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
