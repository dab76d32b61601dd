import { Empty, Flex, Segmented, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/hooks/use-session';
import { useAppAbility } from '../access/use-app-ability';
import { LoadMoreFooter } from '../components/LoadMoreFooter';
import { ProblemAlert } from '../components/ProblemAlert';
import { useOwnerOptions } from '../owners/use-owner-options';
import { LogInteractionForm } from './LogInteractionForm';
import { TimelineEventBody, type ActorName } from './TimelineEventBody';
import { INTERACTION_KINDS, TIMELINE_EVENT_KINDS } from './timeline-kinds';
import type { TimelineRecord, TimelineSubject } from './timeline-subject';
import type { TimelineEventKind } from './timeline-types';
import { TIMELINE_KIND_COLORS, TimelineKindIcon } from './TimelineKindIcon';
import { useTimeline } from './use-timeline';

type TimelineFilter = 'all' | 'interactions' | 'system';

const SYSTEM_KINDS = TIMELINE_EVENT_KINDS.filter(
  (kind) => !(INTERACTION_KINDS as readonly string[]).includes(kind),
);

const KINDS_OF: Record<TimelineFilter, readonly TimelineEventKind[]> = {
  all: [],
  interactions: INTERACTION_KINDS,
  system: SYSTEM_KINDS,
};

/** Who did it, as far as this user can tell: the user directory is an administrator's. */
function useActorName(record: TimelineRecord): ActorName {
  const { t } = useTranslation();
  const { user } = useSession();
  const { ownerName } = useOwnerOptions();
  return (type, id) => {
    if (type === 'system') return t('timeline.actor.system');
    if (type === 'apiKey') return t('timeline.actor.apiKey');
    if (id === user.id) return t('timeline.actor.you');
    if (id && id === record.owner?.id) return record.owner.name;
    return ownerName(id) ?? t('timeline.actor.colleague');
  };
}

interface TimelinePanelProps<R extends TimelineRecord> {
  subject: TimelineSubject<R>;
  record: R;
}

/**
 * Every interaction and system event of one record, newest first, with the form to log a
 * new one for those who may update the record (where its subject logs interactions).
 */
export function TimelinePanel<R extends TimelineRecord>({
  subject,
  record,
}: TimelinePanelProps<R>) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const timeline = useTimeline(subject.collection, record.id, KINDS_OF[filter]);
  const actorName = useActorName(record);
  const { interactions } = subject;
  const mayLog =
    interactions !== undefined && ability.can('update', subject.permissionSubject(record));

  return (
    <>
      {mayLog && (
        <LogInteractionForm
          collection={subject.collection}
          interactions={interactions}
          recordId={record.id}
        />
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Segmented<TimelineFilter>
          aria-label={t('timeline.filter')}
          value={filter}
          onChange={setFilter}
          options={(['all', 'interactions', 'system'] as const).map((value) => ({
            value,
            label: t(`timeline.filters.${value}`),
          }))}
        />
      </Flex>
      {timeline.error && <ProblemAlert error={timeline.error} onRetry={timeline.refetch} />}
      {timeline.isLoading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : timeline.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />
      ) : (
        <Timeline
          aria-label={t('timeline.title')}
          items={timeline.items.map((event) => ({
            key: event.id,
            color: TIMELINE_KIND_COLORS[event.kind],
            icon: <TimelineKindIcon kind={event.kind} />,
            content: (
              <Flex vertical gap={4} data-timeline-kind={event.kind} style={{ paddingBottom: 8 }}>
                <Flex gap={8} align="baseline" wrap>
                  <Typography.Text strong>{t(`timeline.kinds.${event.kind}`)}</Typography.Text>
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
                <TimelineEventBody
                  event={event}
                  record={record}
                  createdKey={subject.createdKey}
                  actorName={actorName}
                />
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
