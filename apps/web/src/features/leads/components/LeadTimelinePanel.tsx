import { Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { InteractionLogForm } from '../../customers/components/LogInteractionForm';
import {
  TIMELINE_KIND_COLORS,
  TimelineKindIcon,
} from '../../customers/components/TimelineKindIcon';
import { timelineEventText } from '../../customers/timeline-event-text';
import { useLeadTimeline, useLogLeadInteraction } from '../hooks/use-lead-timeline';
import type { LeadResponse } from '../lead-types';

/** The lead's interactions and events, newest first, with the form to log a new one. */
export function LeadTimelinePanel({ lead, mayLog }: { lead: LeadResponse; mayLog: boolean }) {
  const { t } = useTranslation();
  const timeline = useLeadTimeline(lead.id);
  const log = useLogLeadInteraction(lead.id);

  return (
    <>
      {mayLog && <InteractionLogForm log={log} />}
      {timeline.error && <ProblemAlert error={timeline.error} onRetry={timeline.refetch} />}
      {timeline.isLoading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : timeline.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.timeline.empty')} />
      ) : (
        <Timeline
          aria-label={t('leads.detail.timeline')}
          items={timeline.items.map((event) => {
            const summary = timelineEventText(t, event) ?? event.summary;
            return {
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
                      <DateTimeText value={event.occurredAt} />
                    </Typography.Text>
                  </Flex>
                  {summary && (
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                      {summary}
                    </Typography.Paragraph>
                  )}
                </Flex>
              ),
            };
          })}
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
