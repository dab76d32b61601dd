import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConversionCandidate } from '../lead-types';

interface ConversionCandidateCardProps {
  candidate: ConversionCandidate;
  linking: boolean;
  onLink: () => void;
}

/**
 * One customer the lead may already be, with what tells namesakes apart: company,
 * phone (masked unless the user may read it), city, owner and what matched.
 */
export function ConversionCandidateCard({
  candidate,
  linking,
  onLink,
}: ConversionCandidateCardProps) {
  const { t } = useTranslation();
  const none = t('leads.convert.card.none');
  return (
    <Card
      size="small"
      data-candidate={candidate.number}
      title={
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text code>{candidate.number}</Typography.Text>
          {candidate.readable ? (
            <Typography.Link href={`/customers/${candidate.id}`} target="_blank" rel="noopener">
              {candidate.name}
            </Typography.Link>
          ) : (
            <Typography.Text strong>{candidate.name}</Typography.Text>
          )}
          <Tag style={{ marginInlineEnd: 0 }}>{t(`leads.convert.kind.${candidate.kind}`)}</Tag>
        </Flex>
      }
      extra={
        <Button
          size="small"
          type="primary"
          ghost
          disabled={!candidate.readable}
          loading={linking}
          onClick={onLink}
          aria-label={t('leads.convert.linkTo', { name: candidate.name })}
        >
          {t('leads.convert.card.link')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          {
            key: 'company',
            label: t('leads.convert.card.company'),
            children: candidate.company ?? none,
          },
          { key: 'phone', label: t('leads.convert.card.phone'), children: candidate.phone ?? none },
          { key: 'city', label: t('leads.convert.card.city'), children: candidate.city ?? none },
          {
            key: 'owner',
            label: t('leads.convert.card.owner'),
            children: candidate.owner?.name ?? t('customers.noOwner'),
          },
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
