import type { AppAbility } from '@kehu/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { CustomFieldValueList } from '../../shared/custom-fields/CustomFieldValueList';
import { TimelinePanel } from '../../shared/timeline/TimelinePanel';
import { LeadTasksPanel } from '../tasks/components/LeadTasksPanel';
import { LeadProfile } from './components/LeadProfile';
import { leadTimeline } from './lead-timeline';
import type { LeadResponse } from './lead-types';

export interface LeadPanel {
  /** Stable: users' layouts name the panel by it. */
  key: string;
  titleKey: ParseKeys;
  /** `aside`: the narrow column; `main`: the wide one. */
  slot: 'aside' | 'main';
  render: (lead: LeadResponse) => ReactNode;
  /** Shown only to users these rules allow. */
  access?: (ability: AppAbility) => boolean;
}

/**
 * The lead page's panels in their default order; users reorder, fold and hide them in their
 * page layout. A new panel joins the page with one entry here.
 */
export const LEAD_PANELS: readonly LeadPanel[] = [
  {
    key: 'profile',
    titleKey: 'leads.detail.profile',
    slot: 'aside',
    render: (lead) => <LeadProfile lead={lead} />,
  },
  {
    key: 'customFields',
    titleKey: 'customFields.section',
    slot: 'aside',
    render: (lead) => <CustomFieldValueList recordType="lead" values={lead.customFields} />,
  },
  {
    key: 'tasks',
    titleKey: 'tasks.panelTitle',
    slot: 'main',
    access: (ability) => ability.can('read', 'Task'),
    render: (lead) => <LeadTasksPanel lead={lead} />,
  },
  {
    key: 'timeline',
    titleKey: 'timeline.title',
    slot: 'main',
    render: (lead) => <TimelinePanel subject={leadTimeline} record={lead} />,
  },
];
