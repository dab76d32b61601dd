import {
  BankOutlined,
  DeleteOutlined,
  EditOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Divider, Flex, Space, Tag, Tooltip, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { createElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeCustomerButton } from '../../customer-merge/components/MergeCustomerButton';
import type { CustomerPermissions } from '../customer-subject';
import type { CustomerResponse } from '../customer-types';
import { TierTag } from './TierTag';

interface CustomerHeaderProps {
  customer: CustomerResponse;
  permissions: CustomerPermissions;
  /** Panels registered for the header slot (e.g. tags). */
  extra?: ReactNode;
  onEdit: () => void;
  onTransfer: () => void;
  onDelete: () => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 140 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text strong>{children}</Typography.Text>
    </Flex>
  );
}

function formatAmount(value: string, language: string): string {
  const amount = Number(value);
  return Number.isFinite(amount)
    ? new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(amount)
    : value;
}

/** Who the customer is at a glance: name, number, tier, roles, owner and what is due. */
export function CustomerHeader({
  customer,
  permissions,
  extra,
  onEdit,
  onTransfer,
  onDelete,
}: CustomerHeaderProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const none = t('common.none');
  const company = customer.kind === 'company';
  const followUpOverdue =
    customer.nextFollowUpOn !== null && dayjs(customer.nextFollowUpOn).isBefore(dayjs(), 'day');

  return (
    <header>
      <Flex gap={16} align="flex-start" wrap>
        <Avatar
          size={64}
          shape={company ? 'square' : 'circle'}
          icon={createElement(company ? BankOutlined : UserOutlined)}
          aria-label={t(`customers.kinds.${customer.kind}`)}
          style={{
            flex: 'none',
            background: company ? token.colorPrimaryBg : token.colorWarningBg,
            color: company ? token.colorPrimary : token.colorWarning,
          }}
        />
        <Flex vertical gap={6} style={{ flex: 1, minWidth: 280 }}>
          <Flex gap={10} align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {customer.name}
            </Typography.Title>
            <TierTag tier={customer.tier} />
            {customer.roles.map((role) => (
              <Tag key={role} style={{ marginInlineEnd: 0 }}>
                {t(`customers.roles.${role}`)}
              </Tag>
            ))}
          </Flex>
          <Flex gap={16} wrap align="center">
            <Typography.Text type="secondary" copyable={{ text: customer.number }}>
              {customer.number}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t(`customers.kinds.${customer.kind}`)}
            </Typography.Text>
            <Typography.Text type="secondary">
              <UserOutlined /> {customer.owner?.name ?? t('customers.noOwner')}
            </Typography.Text>
            <Typography.Text type="secondary">
              <TeamOutlined /> {customer.team?.name ?? none}
            </Typography.Text>
            {customer.sharedWithTeam && (
              <Tooltip title={t('customers.form.sharedHelp')}>
                <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
                  {t('customers.profile.shared')}
                </Tag>
              </Tooltip>
            )}
          </Flex>
          {extra}
        </Flex>
        <Space wrap>
          {permissions.update && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          )}
          {permissions.reassign && (
            <Button icon={<SwapOutlined />} onClick={onTransfer}>
              {t('customers.detail.transfer')}
            </Button>
          )}
          <MergeCustomerButton customer={customer} />
          {permissions.delete && (
            <Button danger icon={<DeleteOutlined />} onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
        </Space>
      </Flex>
      <Divider style={{ margin: '20px 0 16px' }} />
      <Flex gap={32} wrap>
        <Fact label={t('customers.fields.lastInteractionAt')}>
          {customer.lastInteractionAt
            ? dayjs(customer.lastInteractionAt).format('YYYY-MM-DD HH:mm')
            : t('customers.detail.never')}
        </Fact>
        <Fact label={t('customers.fields.nextFollowUpOn')}>
          {customer.nextFollowUpOn ? (
            <Typography.Text type={followUpOverdue ? 'danger' : undefined}>
              {customer.nextFollowUpOn}
              {followUpOverdue && ` · ${t('customers.detail.overdue')}`}
            </Typography.Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('customers.detail.customerSince')}>
          {dayjs(customer.createdAt).format('YYYY-MM-DD')}
        </Fact>
        {customer.receivableBalance !== undefined && (
          <Fact label={t('customers.fields.receivableBalance')}>
            {formatAmount(customer.receivableBalance, i18n.language)}
          </Fact>
        )}
      </Flex>
    </header>
  );
}
