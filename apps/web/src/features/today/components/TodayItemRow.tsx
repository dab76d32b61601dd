import { CheckOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TaskPriorityTag } from '../../tasks/components/TaskPriorityTag';
import { taskParentPath } from '../../tasks/task-parent';
import type { TodayItem } from '../today-types';
import type { CallTarget } from './LogCallModal';
import { SnoozeButton } from './SnoozeButton';

interface TodayItemRowProps {
  item: TodayItem;
  onLogCall: (target: CallTarget) => void;
  onDone: (item: TodayItem) => void;
  onSnooze: (item: TodayItem, day: string) => void;
}

/** Who the call of this item would be with: the task's record, the lead, the customer. */
export function callTargetOf(item: TodayItem): CallTarget | null {
  if (item.kind === 'lead') return { type: 'lead', id: item.lead.id, name: item.lead.name };
  if (item.kind === 'customer') {
    return { type: 'customer', id: item.customer.id, name: item.customer.name };
  }
  const parent = item.task.parent;
  return parent ? { type: parent.type, id: parent.id, name: parent.name } : null;
}

/** One line of Today: what it is, when it is due, and its one-click actions. */
export function TodayItemRow({ item, onLogCall, onDone, onSnooze }: TodayItemRowProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const target = callTargetOf(item);

  return (
    <Flex
      role="listitem"
      aria-label={titleOf(item)}
      justify="space-between"
      align="center"
      gap={12}
      wrap
      style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} align="center" wrap>
          <ItemTitle item={item} />
          {item.kind === 'task' && <TaskPriorityTag priority={item.task.priority} />}
          {item.overdue && <Tag color="red">{t('today.overdue')}</Tag>}
        </Flex>
        <Typography.Text type="secondary">
          <ItemDetail item={item} />
        </Typography.Text>
      </Flex>
      <Flex gap={8} wrap>
        <Button
          size="small"
          icon={<PhoneOutlined />}
          disabled={!target}
          onClick={() => target && onLogCall(target)}
        >
          {t('today.actions.logCall')}
        </Button>
        {item.kind === 'task' && (
          <Button size="small" icon={<CheckOutlined />} onClick={() => onDone(item)}>
            {t('today.actions.done')}
          </Button>
        )}
        <SnoozeButton onSnooze={(day) => onSnooze(item, day)} />
      </Flex>
    </Flex>
  );
}

function titleOf(item: TodayItem): string {
  if (item.kind === 'task') return item.task.title;
  if (item.kind === 'lead') return item.lead.name;
  return item.customer.name;
}

function ItemTitle({ item }: { item: TodayItem }) {
  if (item.kind === 'lead') {
    return (
      <Link to={`/leads/${item.lead.id}`}>
        <Typography.Text strong>{item.lead.name}</Typography.Text>
      </Link>
    );
  }
  if (item.kind === 'customer') {
    return (
      <Link to={`/customers/${item.customer.id}`}>
        <Typography.Text strong>{item.customer.name}</Typography.Text>
      </Link>
    );
  }
  return <Typography.Text strong>{item.task.title}</Typography.Text>;
}

function ItemDetail({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  if (item.kind === 'task') {
    const { parent, dueAt } = item.task;
    return (
      <>
        {dueAt && t('today.dueAt', { time: dayjs(dueAt).format('MM-DD HH:mm') })}
        {parent && (
          <>
            {' · '}
            <Link to={taskParentPath(parent)}>{parent.name}</Link>
          </>
        )}
      </>
    );
  }
  if (item.kind === 'lead') {
    const { company, nextFollowUpAt } = item.lead;
    const when = nextFollowUpAt ? dayjs(nextFollowUpAt).format('MM-DD HH:mm') : '';
    return <>{[t('today.followUpAt', { time: when }), company].filter(Boolean).join(' · ')}</>;
  }
  const { number, nextFollowUpOn } = item.customer;
  return <>{[t('today.followUpAt', { time: nextFollowUpOn }), number].join(' · ')}</>;
}
