import { Empty, Flex, Segmented, Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSession } from '../../auth/hooks/use-session';
import {
  CUSTOMER_TIERS,
  INTERACTION_KINDS,
  isOneOf,
  TIMELINE_EVENT_KINDS,
} from '../customer-options';
import type { CustomerResponse, TimelineEvent, TimelineEventKind } from '../customer-types';
import { useCustomerTimeline } from '../hooks/use-customer-timeline';
import { useOwnerOptions } from '../hooks/use-owner-options';
import type { CustomerPanelProps } from '../panels/customer-panel-registry';
import { timelineEventText } from '../timeline-event-text';
import { LogInteractionForm } from './LogInteractionForm';
import { TIMELINE_KIND_COLORS, TimelineKindIcon } from './TimelineKindIcon';

type TimelineFilter = 'all' | 'interactions' | 'system';

const SYSTEM_KINDS = TIMELINE_EVENT_KINDS.filter(
  (kind) => !(INTERACTION_KINDS as readonly string[]).includes(kind),
);

const KINDS_OF: Record<TimelineFilter, readonly TimelineEventKind[]> = {
  all: [],
  interactions: INTERACTION_KINDS,
  system: SYSTEM_KINDS,
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** Who did it, as far as this user can tell: the user directory is an administrator's. */
function useActorName(customer: CustomerResponse) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { ownerName } = useOwnerOptions();
  return (type: string, id: string | null | undefined): string => {
    if (type === 'system') return t('customers.timeline.actor.system');
    if (type === 'apiKey') return t('customers.timeline.actor.apiKey');
    if (id === user.id) return t('customers.timeline.actor.you');
    if (id && id === customer.owner?.id) return customer.owner.name;
    return ownerName(id) ?? t('customers.timeline.actor.colleague');
  };
}

interface EventBodyProps {
  event: TimelineEvent;
  customer: CustomerResponse;
  actorName: (type: string, id: string | null | undefined) => string;
}

function EventBody({ event, customer, actorName }: EventBodyProps) {
  const { t, i18n } = useTranslation();
  const { details } = event;
  switch (event.kind) {
    case 'call':
    case 'email':
    case 'meeting':
    case 'visit':
    case 'note': {
      const participants = Array.isArray(details.participants)
        ? details.participants.filter((name): name is string => typeof name === 'string')
        : [];
      const outcome = text(details.outcome);
      const followUp = text(details.nextFollowUpOn);
      return (
        <Flex vertical gap={6}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {event.summary}
          </Typography.Paragraph>
          {participants.length > 0 && (
            <Flex gap={4} wrap align="center">
              <Typography.Text type="secondary">
                {t('customers.timeline.participants')}:
              </Typography.Text>
              {participants.map((name) => (
                <Tag key={name} style={{ marginInlineEnd: 0 }}>
                  {name}
                </Tag>
              ))}
            </Flex>
          )}
          {outcome && (
            <Typography.Text>
              <Typography.Text type="secondary">
                {t('customers.timeline.outcome')}:{' '}
              </Typography.Text>
              {outcome}
            </Typography.Text>
          )}
          {followUp && (
            <Typography.Text type="secondary">
              {t('customers.timeline.followUpOn', { date: followUp })}
            </Typography.Text>
          )}
        </Flex>
      );
    }
    case 'created':
      return <Typography.Text>{t('customers.timeline.events.created')}</Typography.Text>;
    case 'owner-changed':
      return (
        <Typography.Text>
          {t('customers.timeline.events.ownerChanged', {
            from:
              typeof details.fromOwnerId === 'string'
                ? actorName('user', details.fromOwnerId)
                : t('customers.noOwner'),
            to: actorName('user', text(details.toOwnerId)),
          })}
        </Typography.Text>
      );
    case 'tier-changed': {
      const tierLabel = (tier: unknown) =>
        isOneOf(CUSTOMER_TIERS, tier) ? t(`customers.tiers.${tier}`) : (text(tier) ?? '');
      return (
        <Typography.Text>
          {t('customers.timeline.events.tierChanged', {
            from: tierLabel(details.from),
            to: tierLabel(details.to),
          })}
        </Typography.Text>
      );
    }
    case 'relationship-added':
    case 'relationship-changed':
    case 'relationship-removed': {
      const label = details.label as Record<string, unknown> | undefined;
      const other = text(details.otherCustomerId);
      return (
        <Flex gap={12} wrap>
          <Typography.Text>
            {text(label?.[i18n.language === 'en' ? 'en' : 'zh']) ?? event.summary}
          </Typography.Text>
          {other && (
            <Link to={`/customers/${other}`}>{t('customers.timeline.events.openRelated')}</Link>
          )}
        </Flex>
      );
    }
    case 'imported':
      return (
        <Typography.Text>
          {timelineEventText(t, event) ?? t('customers.timeline.events.imported')}
        </Typography.Text>
      );
    case 'merged':
    case 'restored':
      return (
        <Typography.Text>
          {t(`customers.timeline.events.${event.kind}`)}
          {event.summary && event.summary !== customer.name && (
            <Typography.Text type="secondary"> · {event.summary}</Typography.Text>
          )}
        </Typography.Text>
      );
    // Events a converted lead brings along: said from their details where the console
    // knows their kind, else their summary.
    case 'assigned':
    case 'status-changed':
    case 'converted':
    case 'lead-history':
      return (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {timelineEventText(t, event) ?? event.summary}
        </Typography.Paragraph>
      );
  }
}

/** Every interaction and system event, newest first, with the form to log a new one. */
export function CustomerTimelinePanel({ customer, permissions }: CustomerPanelProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const timeline = useCustomerTimeline(customer.id, KINDS_OF[filter]);
  const actorName = useActorName(customer);

  return (
    <>
      {permissions.update && <LogInteractionForm customerId={customer.id} />}
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Segmented<TimelineFilter>
          aria-label={t('customers.timeline.filter')}
          value={filter}
          onChange={setFilter}
          options={(['all', 'interactions', 'system'] as const).map((value) => ({
            value,
            label: t(`customers.timeline.filters.${value}`),
          }))}
        />
      </Flex>
      {timeline.error && <ProblemAlert error={timeline.error} onRetry={timeline.refetch} />}
      {timeline.isLoading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : timeline.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.timeline.empty')} />
      ) : (
        <Timeline
          aria-label={t('customers.panels.timeline')}
          items={timeline.items.map((event) => ({
            key: event.id,
            color: TIMELINE_KIND_COLORS[event.kind],
            icon: <TimelineKindIcon kind={event.kind} />,
            content: (
              <Flex vertical gap={4} data-timeline-kind={event.kind} style={{ paddingBottom: 8 }}>
                <Flex gap={8} align="baseline" wrap>
                  <Typography.Text strong>
                    {t(`customers.timeline.kinds.${event.kind}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {actorName(event.actorType, event.actorId)} ·{' '}
                    <time
                      dateTime={event.occurredAt}
                      title={dayjs(event.occurredAt).format('YYYY-MM-DD HH:mm:ss')}
                    >
                      {dayjs(event.occurredAt).format('YYYY-MM-DD HH:mm')}
                    </time>
                  </Typography.Text>
                </Flex>
                <EventBody event={event} customer={customer} actorName={actorName} />
              </Flex>
            ),
          }))}
        />
      )}
      <LoadMoreFooter
        shown={timeline.items.length}
        hasMore={timeline.hasMore}
        loading={timeline.isLoadingMore}
        onLoadMore={timeline.loadMore}
      />
    </>
  );
}
