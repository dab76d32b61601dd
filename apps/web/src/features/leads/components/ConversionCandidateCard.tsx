import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConversionCandidate } from '../lead-types';
import { CustomerNumberAndName } from '../../customers/components/CustomerNumberAndName';

interface ConversionCandidateCardProps {
  candidate: ConversionCandidate;
  linking: boolean;
  onLink: () => void;
}

/**
 * One customer the lead may already be, with what tells namesakes apart: company,
 * phone (masked unless the user may read it), city, owner and what matched. One the
 * user may not read shows only its number, name, owner and what matched, and cannot be
 * linked to (the API refuses a customer the caller may not read).
 */
export function ConversionCandidateCard({
  candidate,
  linking,
  onLink,
}: ConversionCandidateCardProps) {
  const { t } = useTranslation();
  const none = t('leads.convert.card.none');
  const owner = {
    key: 'owner',
    label: t('leads.convert.card.owner'),
    children: candidate.owner?.name ?? t('customers.noOwner'),
  };
  const details = candidate.readable
    ? [
        {
          key: 'company',
          label: t('leads.convert.card.company'),
          children: candidate.company ?? none,
        },
        { key: 'phone', label: t('leads.convert.card.phone'), children: candidate.phone ?? none },
        { key: 'city', label: t('leads.convert.card.city'), children: candidate.city ?? none },
        owner,
      ]
    : [
        {
          key: 'details',
          label: t('leads.convert.card.details'),
          children: (
            <Typography.Text type="secondary">{t('leads.convert.card.noDetails')}</Typography.Text>
          ),
        },
        owner,
      ];
  return (
    <Card
      size="small"
      data-candidate={candidate.number}
      title={
        <Flex gap={8} align="baseline" wrap>
          <CustomerNumberAndName customer={candidate} />
          {candidate.kind && (
            <Tag style={{ marginInlineEnd: 0 }}>{t(`leads.convert.kind.${candidate.kind}`)}</Tag>
          )}
        </Flex>
      }
      extra={
        candidate.readable && (
          <Button
            size="small"
            type="primary"
            ghost
            loading={linking}
            onClick={onLink}
            aria-label={t('leads.convert.linkTo', { name: candidate.name })}
          >
            {t('leads.convert.card.link')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          ...details,
          {
            key: 'matched',
            label: t('leads.convert.card.matchedOn'),
            span: 2,
            children: (
              <Flex gap={4} wrap>
                {candidate.matchedOn.map((field) => (
                  <Tag key={field} color="orange" variant="outlined" style={{ marginInlineEnd: 0 }}>
                    {t(`leads.convert.matched.${field}`)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {!candidate.readable && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('leads.convert.card.notReadable')}
        </Typography.Text>
      )}
    </Card>
  );
}
