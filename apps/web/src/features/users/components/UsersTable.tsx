import type { UserResponse } from '@kehu/contracts';
import { Badge, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { RowActions } from '../../../shared/components/RowActions';

interface UsersTableProps {
  users: UserResponse[];
  loading: boolean;
  currentUserId: string;
  teamName: (id: string) => string;
  dealerOrgName: (id: string) => string;
  onEdit?: (user: UserResponse) => void;
  onToggleActive?: (user: UserResponse) => void;
  onDelete?: (user: UserResponse) => Promise<void>;
}

export function UsersTable({
  users,
  loading,
  currentUserId,
  teamName,
  dealerOrgName,
  onEdit,
  onToggleActive,
  onDelete,
}: UsersTableProps) {
  const { t } = useTranslation();

  const columns: TableColumnsType<UserResponse> = [
    {
      title: t('users.name'),
      key: 'name',
      render: (_, user) => (
        <Flex vertical>
          <Typography.Text strong>
            {user.name}
            {user.id === currentUserId && (
              <Typography.Text type="secondary"> ({t('users.you')})</Typography.Text>
            )}
          </Typography.Text>
          <Typography.Text type="secondary">{user.email}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (_, user) => (
        <Flex gap={4} wrap>
          {user.roles.map((role) => (
            <Tag key={role} color={role === 'admin' ? 'gold' : 'blue'}>
              {t(`roles.${role}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('users.teams'),
      dataIndex: 'teamIds',
      render: (_, user) =>
        user.teamIds.length === 0 ? t('common.none') : user.teamIds.map(teamName).join(', '),
    },
    {
      title: t('users.dealerOrg'),
      dataIndex: 'dealerOrgId',
      render: (_, user) => (user.dealerOrgId ? dealerOrgName(user.dealerOrgId) : t('common.none')),
    },
    {
      title: t('users.status'),
      dataIndex: 'active',
      width: 120,
      render: (_, user) =>
        user.active ? (
          <Badge status="success" text={t('users.active')} />
        ) : (
          <Badge status="default" text={t('users.inactive')} />
        ),
    },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (_, user) => (
        <DateTimeText value={user.lastLoginAt} empty={t('users.neverSignedIn')} />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 280,
      render: (_, user) => {
        const isSelf = user.id === currentUserId;
        return (
          <RowActions
            recordName={user.name}
            onEdit={onEdit && (() => onEdit(user))}
            onDelete={onDelete && !isSelf ? () => onDelete(user) : undefined}
            deleteConfirm={t('users.deleteConfirm')}
          >
            {onToggleActive && !isSelf && (
              <Button type="text" size="small" onClick={() => onToggleActive(user)}>
                {user.active ? t('users.deactivate') : t('users.activate')}
              </Button>
            )}
          </RowActions>
        );
      },
    },
  ];

  return (
    <Table<UserResponse>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
    />
  );
}
