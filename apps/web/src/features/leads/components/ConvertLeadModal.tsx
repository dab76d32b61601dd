import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { DuplicateCandidateList } from '../../customers/components/DuplicateCandidateList';
import type { DuplicateCandidate } from '../../customers/customer-types';
import { duplicatesOfConflict, rankCandidates } from '../../customers/duplicate-problem';
import { useLeadMutations } from '../hooks/use-lead-mutations';
import type { ConvertLeadRequest, LeadResponse } from '../lead-types';

interface ConvertLeadModalProps {
  /** The lead to convert; null: closed. */
  lead: LeadResponse | null;
  onClose: () => void;
}

/**
 * Converts the lead. The API runs the customers' duplicate check first: when it finds
 * similar customers, the user links the lead to one of them or, unless a rule blocks it,
 * creates a new customer anyway. Then the customer's 360° page opens.
 */
export function ConvertLeadModal({ lead, onClose }: ConvertLeadModalProps) {
  return lead ? <ConvertDialog key={lead.id} lead={lead} onClose={onClose} /> : null;
}

function ConvertDialog({ lead, onClose }: { lead: LeadResponse; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { convert } = useLeadMutations();
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const blocked = candidates?.some((candidate) => candidate.blocking) ?? false;

  const run = async (body: ConvertLeadRequest) => {
    setProblem(null);
    try {
      const result = await convert.mutateAsync({ lead, body });
      void message.success(result.created ? t('leads.convert.done') : t('leads.convert.linked'));
      onClose();
      void navigate(`/customers/${result.customerId}`);
    } catch (error) {
      const duplicates = duplicatesOfConflict(error);
      if (duplicates) setCandidates(rankCandidates(duplicates));
      else setProblem(describeProblem(t, error));
    }
  };

  return (
    <Modal
      open
      title={t('leads.convert.title', { name: lead.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        {problem && (
          <Alert type="error" showIcon title={problem.message} description={problem.detail} />
        )}
        {candidates ? (
          <>
            <Alert
              type={blocked ? 'error' : 'warning'}
              showIcon
              title={t('leads.convert.duplicatesFound')}
              description={
                blocked ? t('leads.convert.blockingHelp') : t('leads.convert.duplicatesHelp')
              }
            />
            <DuplicateCandidateList candidates={candidates} />
            <Flex vertical gap={8}>
              {candidates
                .filter((candidate) => candidate.readable)
                .map((candidate) => (
                  <Button
                    key={candidate.id}
                    loading={convert.isPending}
                    onClick={() => void run({ customerId: candidate.id })}
                  >
                    {t('leads.convert.linkTo', { name: candidate.name })}
                  </Button>
                ))}
              {!blocked && (
                <Button
                  type="primary"
                  loading={convert.isPending}
                  onClick={() => void run({ acknowledgeDuplicates: true })}
                >
                  {t('leads.convert.createAnyway')}
                </Button>
              )}
            </Flex>
          </>
        ) : (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('leads.convert.intro')}
            </Typography.Paragraph>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button type="primary" loading={convert.isPending} onClick={() => void run({})}>
                {t('leads.convert.createNew')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
