import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoader } from '../../../shared/components/PageLoader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { TaskFormDrawer } from '../../tasks/components/TaskFormDrawer';
import { LogCallModal, type CallTarget } from '../components/LogCallModal';
import { TodayItemRow } from '../components/TodayItemRow';
import { useToday } from '../hooks/use-today';
import { useTodayActions } from '../hooks/use-today-actions';
import { groupToday } from '../today-groups';

/** 今日需跟进: the signed-in user's overdue and due tasks, leads and customers to follow up. */
export function TodayPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const today = useToday();
  const { complete, snooze } = useTodayActions();
  const [callTarget, setCallTarget] = useState<CallTarget | null>(null);
  const [creating, setCreating] = useState(false);

  const groups = today.data ? groupToday(today.data) : [];

  return (
    <>
      <PageHeader
        title={t('today.title')}
        subtitle={today.data ? t('today.subtitle', { date: today.data.date }) : undefined}
        actions={
          ability.can('create', 'Task') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tasks.new')}
            </Button>
          )
        }
      />
      {today.isLoading && <PageLoader />}
      {today.error && <ProblemAlert error={today.error} onRetry={() => void today.refetch()} />}
      {today.data && groups.length === 0 && (
        <Empty description={t('today.allClear')} style={{ marginTop: 48 }} />
      )}
      <Flex vertical gap={16}>
        {groups.map((group) => (
          <Card
            key={group.key}
            size="small"
            title={
              <Flex gap={8} align="center">
                <Typography.Text strong>{t(`today.groups.${group.key}`)}</Typography.Text>
                <Badge
                  count={group.count}
                  showZero
                  overflowCount={999}
                  color={group.key === 'overdueTasks' ? 'red' : 'blue'}
                />
              </Flex>
            }
          >
            <div role="list" aria-label={t(`today.groups.${group.key}`)}>
              {group.items.map((item) => (
                <TodayItemRow
                  key={item.key}
                  item={item}
                  onLogCall={setCallTarget}
                  onDone={(done) => complete.mutate({ item: done })}
                  onSnooze={(snoozed, day) => snooze.mutate({ item: snoozed, day })}
                />
              ))}
            </div>
            {group.count > group.items.length && (
              <Typography.Text type="secondary">
                {t('today.more', { count: group.count - group.items.length })}
              </Typography.Text>
            )}
          </Card>
        ))}
      </Flex>
      <LogCallModal target={callTarget} onClose={() => setCallTarget(null)} />
      <TaskFormDrawer open={creating} task={null} onClose={() => setCreating(false)} />
    </>
  );
}
