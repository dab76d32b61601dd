import { EditOutlined, SwapOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { nextLeadStatuses } from '@kehu/domain';
import { Alert, App, Button, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeProblem } from '../../../shared/api/describe-problem';
import { useLeadMutations } from '../hooks/use-lead-mutations';
import type { LeadPermissions } from '../lead-subject';
import type { LeadResponse, LeadStatus } from '../lead-types';
import { LeadStatusSteps } from './LeadStatusSteps';
import { LeadStatusTag } from './LeadStatusTag';

interface LeadHeaderProps {
  lead: LeadResponse;
  permissions: LeadPermissions;
  onEdit: () => void;
  onReassign: () => void;
  onDisqualify: () => void;
  onConvert: () => void;
}

/** Name, number, status path, score and owner, with the actions the user may take. */
export function LeadHeader(props: LeadHeaderProps) {
  const { lead, permissions } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useLeadMutations();

  const moveTo = async (status: Exclude<LeadStatus, 'converted'>) => {
    if (status === 'disqualified') return props.onDisqualify();
    try {
      await update.mutateAsync({ lead, body: { status } });
      void message.success(
        t('leads.detail.statusChanged', { status: t(`leads.statuses.${status}`) }),
      );
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={4}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {lead.name}
            </Typography.Title>
            <LeadStatusTag status={lead.status} />
          </Flex>
          <Typography.Text type="secondary">
            {lead.number}
            {lead.company ? ` · ${lead.company}` : ''} · {t('leads.fields.owner')}:{' '}
            {lead.owner?.name ?? t('leads.noOwner')}
          </Typography.Text>
        </Flex>
        <Flex gap={24} align="center" wrap>
          <Statistic title={t('leads.fields.score')} value={lead.score} />
          <Flex gap={8} wrap>
            {permissions.update &&
              nextLeadStatuses(lead.status)
                .filter((status) => status !== 'converted')
                .map((status) => (
                  <Button
                    key={status}
                    danger={status === 'disqualified'}
                    loading={update.isPending}
                    onClick={() => void moveTo(status)}
                  >
                    {status === 'new'
                      ? t('leads.detail.reopen')
                      : t('leads.detail.markAs', { status: t(`leads.statuses.${status}`) })}
                  </Button>
                ))}
            {permissions.update && lead.status !== 'converted' && (
              <Button icon={<EditOutlined />} onClick={props.onEdit}>
                {t('leads.detail.edit')}
              </Button>
            )}
            {permissions.reassign && lead.status !== 'converted' && (
              <Button icon={<UserSwitchOutlined />} onClick={props.onReassign}>
                {t('leads.detail.reassign')}
              </Button>
            )}
            {permissions.convert && (
              <Button type="primary" icon={<SwapOutlined />} onClick={props.onConvert}>
                {t('leads.detail.convert')}
              </Button>
            )}
            {lead.convertedCustomerId && (
              <Link to={`/customers/${lead.convertedCustomerId}`}>
                <Button type="primary">{t('leads.detail.openCustomer')}</Button>
              </Link>
            )}
          </Flex>
        </Flex>
      </Flex>
      <div style={{ marginTop: 24 }}>
        <LeadStatusSteps status={lead.status} />
      </div>
      {lead.status === 'disqualified' && lead.disqualifiedReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title={t('leads.detail.disqualifiedBecause', { reason: lead.disqualifiedReason })}
        />
      )}
    </Card>
  );
}
