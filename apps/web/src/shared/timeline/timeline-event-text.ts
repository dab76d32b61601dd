import { LEAD_STATUSES } from '@kehu/domain';
import type { TFunction } from 'i18next';
import { isOneOf } from '../enum-values';
import type { TimelineEvent } from './timeline-types';

/** A detail that is a string with something in it, else null. */
export const nonBlankText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * What a system event of a customer's or a lead's timeline says, in the console's language,
 * from its kind and details (the stored summary of these events is not in the reader's
 * language); null for an event whose summary is shown as it is.
 */
export function timelineEventText(
  t: TFunction,
  event: Pick<TimelineEvent, 'kind' | 'summary' | 'details'>,
): string | null {
  const { details } = event;
  switch (event.kind) {
    case 'imported': {
      const row = details.rowNumber;
      if (typeof row !== 'number') return null;
      // The summary is `<file name>, row <n>` (`(updated)` after it for an updated record).
      const filename = event.summary.replace(/, row \d+(?: \(updated\))?$/, '');
      return details.updated === true
        ? t('timeline.events.importUpdatedRow', { filename, row: String(row) })
        : t('timeline.events.importedRow', { filename, row: String(row) });
    }
    case 'assigned': {
      const rule = nonBlankText(details.ruleName);
      if (rule) return t('timeline.events.assignedByRule', { rule });
      if (details.strategy === 'fallback') return t('timeline.events.assignedFallback');
      return t('timeline.events.assignedManually');
    }
    case 'status-changed': {
      const { from, to } = details;
      if (!isOneOf(LEAD_STATUSES, from) || !isOneOf(LEAD_STATUSES, to)) return null;
      return t('timeline.events.statusChanged', {
        from: t(`leads.statuses.${from}`),
        to: t(`leads.statuses.${to}`),
      });
    }
    case 'converted':
      return typeof details.leadId === 'string'
        ? t('timeline.events.convertedFromLead', { lead: event.summary })
        : t('timeline.events.convertedToCustomer');
    case 'call':
    case 'email':
    case 'meeting':
    case 'visit':
    case 'note':
    case 'created':
    case 'owner-changed':
    case 'tier-changed':
    case 'merged':
    case 'restored':
    case 'relationship-added':
    case 'relationship-changed':
    case 'relationship-removed':
    case 'lead-history':
      return null;
  }
}
