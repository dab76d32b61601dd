import { StopOutlined } from '@ant-design/icons';
import type { ApiKeyResponse } from '@kehu/contracts';
import {
  Badge,
  Button,
  Flex,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { apiKeyStatus, type ApiKeyStatus } from './api-key-status';

const STATUS_BADGES: Record<ApiKeyStatus, 'success' | 'error' | 'default'> = {
  active: 'success',
  revoked: 'error',
  expired: 'default',
};

interface ApiKeysTableProps {
  apiKeys: ApiKeyResponse[];
  loading: boolean;
  teamName: (id: string) => string;
  dealerOrgName: (id: string) => string;
  onRevoke?: (apiKey: ApiKeyResponse) => Promise<void>;
}

export function ApiKeysTable({
  apiKeys,
  loading,
  teamName,
  dealerOrgName,
  onRevoke,
}: ApiKeysTableProps) {
  const { t } = useTranslation();
  const now = new Date();
  const statusLabels: Record<ApiKeyStatus, string> = {
    active: t('apiKeys.statusActive'),
    revoked: t('apiKeys.statusRevoked'),
    expired: t('apiKeys.statusExpired'),
  };

  const columns: TableColumnsType<ApiKeyResponse> = [
    {
      title: t('apiKeys.name'),
      key: 'name',
      render: (_, apiKey) => (
        <Flex vertical>
          <Typography.Text strong>{apiKey.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {apiKey.prefix}…
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('apiKeys.role'),
      dataIndex: 'role',
      render: (_, apiKey) => <Tag color="blue">{t(`roles.${apiKey.role}`)}</Tag>,
    },
    {
      title: t('apiKeys.scopes'),
      dataIndex: 'scopes',
      render: (_, apiKey) => (
        <Flex gap={4} wrap>
          {apiKey.scopes.map((scope) => (
            <Tag key={scope}>{scope}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: `${t('apiKeys.team')} / ${t('apiKeys.dealerOrg')}`,
      key: 'binding',
      render: (_, apiKey) =>
        [
          apiKey.teamId && teamName(apiKey.teamId),
          apiKey.dealerOrgId && dealerOrgName(apiKey.dealerOrgId),
        ]
          .filter(Boolean)
          .join(' / ') || t('common.none'),
    },
    {
      title: t('apiKeys.expiresAt'),
      dataIndex: 'expiresAt',
      width: 160,
      render: (_, apiKey) => (
        <DateTimeText value={apiKey.expiresAt} empty={t('apiKeys.noExpiry')} />
      ),
    },
    {
      title: t('apiKeys.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 160,
      render: (_, apiKey) => <DateTimeText value={apiKey.lastUsedAt} empty={t('apiKeys.never')} />,
    },
    {
      title: t('apiKeys.status'),
      key: 'status',
      width: 110,
      render: (_, apiKey) => {
        const status = apiKeyStatus(apiKey, now);
        return <Badge status={STATUS_BADGES[status]} text={statusLabels[status]} />;
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, apiKey) =>
        onRevoke &&
        !apiKey.revokedAt && (
          <Popconfirm
            title={t('apiKeys.revokeConfirm')}
            okText={t('apiKeys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void onRevoke(apiKey)}
          >
            <Button type="text" size="small" danger icon={<StopOutlined />}>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<ApiKeyResponse>
      rowKey="id"
      columns={columns}
      dataSource={apiKeys}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
    />
  );
}
