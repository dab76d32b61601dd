import { Flex, Tag, Typography } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../i18n/enum-labels';
import { nonBlankText, timelineEventText } from './timeline-event-text';
import type { TimelineRecord } from './timeline-subject';
import type { TimelineEvent } from './timeline-types';

export type ActorName = (type: string, id: string | null | undefined) => string;

interface TimelineEventBodyProps {
  event: TimelineEvent;
  record: TimelineRecord;
  /** What a `created` event says (see TimelineSubject); without one, its summary. */
  createdKey?: ParseKeys;
  actorName: ActorName;
}

/** What one event of a timeline says below its kind, who and when. */
export function TimelineEventBody({
  event,
  record,
  createdKey,
  actorName,
}: TimelineEventBodyProps) {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
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
      const outcome = nonBlankText(details.outcome);
      const followUp = nonBlankText(details.nextFollowUpOn);
      return (
        <Flex vertical gap={6}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {event.summary}
          </Typography.Paragraph>
          {participants.length > 0 && (
            <Flex gap={4} wrap align="center">
              <Typography.Text type="secondary">{t('timeline.participants')}:</Typography.Text>
              {participants.map((name) => (
                <Tag key={name} style={{ marginInlineEnd: 0 }}>
                  {name}
                </Tag>
              ))}
            </Flex>
          )}
          {outcome && (
            <Typography.Text>
              <Typography.Text type="secondary">{t('timeline.outcome')}: </Typography.Text>
              {outcome}
            </Typography.Text>
          )}
          {followUp && (
            <Typography.Text type="secondary">
              {t('timeline.followUpOn', { date: followUp })}
            </Typography.Text>
          )}
        </Flex>
      );
    }
    case 'created':
      return <Typography.Text>{createdKey ? t(createdKey) : event.summary}</Typography.Text>;
    case 'owner-changed':
      return (
        <Typography.Text>
          {t('timeline.events.ownerChanged', {
            from:
              typeof details.fromOwnerId === 'string'
                ? actorName('user', details.fromOwnerId)
                : t('customers.noOwner'),
            to: actorName('user', nonBlankText(details.toOwnerId)),
          })}
        </Typography.Text>
      );
    case 'tier-changed': {
      const tierLabel = (tier: unknown) =>
        typeof tier === 'string' ? enumLabel('customerTier', tier) : '';
      return (
        <Typography.Text>
          {t('timeline.events.tierChanged', {
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
      const other = nonBlankText(details.otherCustomerId);
      return (
        <Flex gap={12} wrap>
          <Typography.Text>
            {nonBlankText(label?.[i18n.language === 'en' ? 'en' : 'zh']) ?? event.summary}
          </Typography.Text>
          {other && <Link to={`/customers/${other}`}>{t('timeline.events.openRelated')}</Link>}
        </Flex>
      );
    }
    case 'imported':
      return (
        <Typography.Text>
          {timelineEventText(t, event) ?? t('timeline.events.imported')}
        </Typography.Text>
      );
    case 'merged':
    case 'restored':
      return (
        <Typography.Text>
          {t(`timeline.events.${event.kind}`)}
          {event.summary && event.summary !== record.name && (
            <Typography.Text type="secondary"> · {event.summary}</Typography.Text>
          )}
        </Typography.Text>
      );
    // Events of a lead, also those a converted lead brings along to its customer: said
    // from their details where the console knows their kind, else their summary.
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
