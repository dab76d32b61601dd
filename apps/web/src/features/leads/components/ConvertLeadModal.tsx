import { Alert, App, Button, Flex, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { DuplicateCandidateList } from '../../customers/components/DuplicateCandidateList';
import type { DuplicateCandidate } from '../../customers/customer-types';
import { duplicatesOfConflict, rankCandidates } from '../../customers/duplicate-problem';
import { useConversionCandidates } from '../hooks/use-conversion-candidates';
import { useLeadMutations } from '../hooks/use-lead-mutations';
import { ConversionCandidateCard } from './ConversionCandidateCard';
import type { ConvertLeadRequest, LeadResponse } from '../lead-types';

interface ConvertLeadModalProps {
  /** The lead to convert; null: closed. */
  lead: LeadResponse | null;
  onClose: () => void;
}

/**
 * Converts the lead. The dialog lists the customers the lead may already be (same phone,
 * email, company name or name), each as a card with what tells namesakes apart and its
 * own link button; "create" says exactly what it creates. The API still runs the
 * duplicate rules: a blocking one refuses with the customers it found. Then the
 * customer's 360° page opens.
 */
export function ConvertLeadModal({ lead, onClose }: ConvertLeadModalProps) {
  return lead ? <ConvertDialog key={lead.id} lead={lead} onClose={onClose} /> : null;
}

function ConvertDialog({ lead, onClose }: { lead: LeadResponse; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { convert } = useLeadMutations();
  const lookup = useConversionCandidates(lead.id);
  const [conflict, setConflict] = useState<DuplicateCandidate[] | null>(null);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const blocked = conflict?.some((candidate) => candidate.blocking) ?? false;

  const run = async (body: ConvertLeadRequest, key: string) => {
    setProblem(null);
    setPending(key);
    try {
      const result = await convert.mutateAsync({ lead, body });
      void message.success(result.created ? t('leads.convert.done') : t('leads.convert.linked'));
      onClose();
      void navigate(`/customers/${result.customerId}`);
    } catch (error) {
      const duplicates = duplicatesOfConflict(error);
      if (duplicates) setConflict(rankCandidates(duplicates));
      else setProblem(describeProblem(t, error));
    } finally {
      setPending(null);
    }
  };

  const candidates = lookup.data?.candidates ?? [];
  const creates = lookup.data?.creates;
  const plan = creates
    ? creates.company
      ? t('leads.convert.createsCompanyAndPerson', {
          company: creates.company,
          person: creates.person,
        })
      : t('leads.convert.createsPerson', { person: creates.person })
    : null;
  const create = () =>
    void run(candidates.length > 0 ? { acknowledgeDuplicates: true } : {}, 'create');

  return (
    <Modal
      open
      title={t('leads.convert.title', { name: lead.name })}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        {problem && (
          <Alert type="error" showIcon title={problem.message} description={problem.detail} />
        )}
        {lookup.isLoading && <Spin />}
        {lookup.error && (
          <Alert type="error" showIcon title={describeProblem(t, lookup.error).message} />
        )}
        {conflict && (
          <>
            <Alert
              type={blocked ? 'error' : 'warning'}
              showIcon
              title={t('leads.convert.duplicatesFound')}
              description={
                blocked ? t('leads.convert.blockingHelp') : t('leads.convert.duplicatesHelp')
              }
            />
            <DuplicateCandidateList candidates={conflict} />
          </>
        )}
        {lookup.data && (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('leads.convert.intro')}
            </Typography.Paragraph>
            {candidates.length > 0 && !conflict && (
              <Alert
                type="warning"
                showIcon
                title={t('leads.convert.duplicatesFound')}
                description={t('leads.convert.duplicatesHelp')}
              />
            )}
            {candidates.length > 0 && (
              <Flex vertical gap={8} data-testid="conversion-candidates">
                {candidates.map((candidate) => (
                  <ConversionCandidateCard
                    key={candidate.id}
                    candidate={candidate}
                    linking={pending === candidate.id}
                    onLink={() => void run({ customerId: candidate.id }, candidate.id)}
                  />
                ))}
              </Flex>
            )}
            <Flex justify="flex-end" gap={8} wrap>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              {!blocked && plan && (
                <Button
                  type={candidates.length > 0 ? 'default' : 'primary'}
                  danger={candidates.length > 0}
                  loading={pending === 'create'}
                  onClick={create}
                >
                  {candidates.length > 0 ? t('leads.convert.createAnywayExact', { plan }) : plan}
                </Button>
              )}
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
