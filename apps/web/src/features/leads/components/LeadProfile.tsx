import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { fieldShown } from '../../../shared/layouts/arrange-panels';
import { ChosenCustomFields } from '../../../shared/layouts/ChosenCustomFields';
import { useLayoutFields } from '../../../shared/layouts/layout-fields-context';
import type { LeadResponse } from '../lead-types';

/** What is known about the lead, as text: every field, or those the user chose in their layout. */
export function LeadProfile({ lead }: { lead: LeadResponse }) {
  const { t } = useTranslation();
  const chosen = useLayoutFields();
  const none = t('common.none');
  const list = (values: Array<{ value: string }>) =>
    values.length > 0 ? values.map((item) => item.value).join(', ') : none;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'company', label: t('leads.fields.company'), children: lead.company ?? none },
          { key: 'title', label: t('leads.fields.title'), children: lead.title ?? none },
          { key: 'phones', label: t('leads.fields.phone'), children: list(lead.phones) },
          { key: 'emails', label: t('leads.fields.email'), children: list(lead.emails) },
          { key: 'region', label: t('leads.fields.region'), children: lead.region ?? none },
          {
            key: 'productInterest',
            label: t('leads.fields.productInterest'),
            children: lead.productInterest ?? none,
          },
          {
            key: 'source',
            label: t('leads.fields.source'),
            children: t(`leads.sources.${lead.source}`),
          },
          { key: 'campaign', label: t('leads.fields.campaign'), children: lead.campaign ?? none },
          { key: 'team', label: t('leads.fields.team'), children: lead.team?.name ?? none },
          {
            key: 'nextFollowUpAt',
            label: t('leads.fields.nextFollowUpAt'),
            children: <DateTimeText value={lead.nextFollowUpAt} />,
          },
          {
            key: 'lastActivityAt',
            label: t('leads.fields.lastActivityAt'),
            children: <DateTimeText value={lead.lastActivityAt} />,
          },
          {
            key: 'notes',
            label: t('leads.fields.notes'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{lead.notes ?? none}</span>,
          },
        ].filter((item) => fieldShown(chosen, item.key))}
      />
      <ChosenCustomFields recordType="lead" values={lead.customFields} />
    </>
  );
}
