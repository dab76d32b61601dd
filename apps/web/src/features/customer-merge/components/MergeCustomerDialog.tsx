import { isApiProblemError } from '@kehu/contracts';
import { Alert, App, Button, Flex, Modal, Radio, Skeleton, Steps } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { FormAlerts } from '../../../shared/components/FormAlerts';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { customerSubject } from '../../customers/customer-subject';
import type { CustomerResponse } from '../../customers/customer-types';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import { fetchCustomer } from '../../customers/hooks/use-customer';
import {
  defaultChoices,
  differingFields,
  mergeFieldsOf,
  otherSide,
  toMergeRequest,
  type FieldChoice,
  type MergeField,
  type MergePair,
  type MergeSide,
} from '../merge-choices';
import { useMergeCustomers } from '../hooks/use-merge-customers';
import { MergeCandidatePicker } from './MergeCandidatePicker';
import { MergeFieldTable } from './MergeFieldTable';
import { MergeSummaryView } from './MergeSummaryView';

interface MergeCustomerDialogProps {
  customer: CustomerResponse;
  onClose: () => void;
}

type Step = 0 | 1 | 2;

/** The older record usually holds the history: it survives unless the user says otherwise. */
function olderSide(current: CustomerResponse, other: CustomerResponse): MergeSide {
  return other.createdAt < current.createdAt ? 'other' : 'current';
}

/**
 * Merges a duplicate into one surviving record (合并): pick the duplicate, choose per
 * differing field which value stays, review what moves, confirm. Ends on the survivor.
 */
export function MergeCustomerDialog({ customer, onClose }: MergeCustomerDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const queryClient = useQueryClient();
  const merge = useMergeCustomers();
  const [step, setStep] = useState<Step>(0);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [survivorChoice, setSurvivorChoice] = useState<MergeSide | null>(null);
  const [picked, setPicked] = useState<Record<string, FieldChoice>>({});
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const [stale, setStale] = useState(false);

  const otherQuery = useQuery({
    queryKey: customerQueryKeys.detail(otherId ?? ''),
    queryFn: () => fetchCustomer(otherId as string),
    enabled: otherId !== null,
  });
  // A merged-away pick answers with its survivor, which may be this very record.
  const other = otherQuery.data && otherQuery.data.id !== customer.id ? otherQuery.data : null;
  const mayMergeOther = other !== null && ability.can('merge', customerSubject(other));

  const pair = useMemo(
    (): MergePair | null =>
      other
        ? { current: customer, other, survivor: survivorChoice ?? olderSide(customer, other) }
        : null,
    [customer, other, survivorChoice],
  );
  const fields = useMemo(() => (pair ? differingFields(pair.current, pair.other) : []), [pair]);
  const choices = useMemo(
    () => (pair ? { ...defaultChoices(pair, fields), ...picked } : {}),
    [pair, fields, picked],
  );

  const pick = (id: string) => {
    setOtherId(id);
    setSurvivorChoice(null);
    setPicked({});
    setProblem(null);
  };

  const submit = async () => {
    if (!pair) return;
    setProblem(null);
    setStale(false);
    try {
      const survivor = await merge.mutateAsync(toMergeRequest(pair, choices));
      void message.success(
        t('customerMerge.done', {
          source: pair.survivor === 'current' ? pair.other.number : pair.current.number,
          survivor: survivor.number,
        }),
      );
      onClose();
      void navigate(`/customers/${survivor.id}`);
    } catch (error) {
      if (isApiProblemError(error) && error.status === 412) {
        // Someone changed a record meanwhile: load both again and let the user review.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: customerQueryKeys.detail(customer.id) }),
          otherQuery.refetch(),
        ]);
        setStale(true);
        setStep(1);
        return;
      }
      setProblem(describeProblem(t, error));
    }
  };

  const survivorRecord = pair && (pair.survivor === 'current' ? pair.current : pair.other);
  const sourceRecord = pair && (pair.survivor === 'current' ? pair.other : pair.current);
  const takenFromSource = pair
    ? Object.values(choices).filter((choice) => choice === otherSide(pair.survivor)).length
    : 0;

  const footer = (
    <Flex justify="space-between">
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Flex gap={8}>
        {step > 0 && (
          <Button onClick={() => setStep((step - 1) as Step)}>{t('customerMerge.back')}</Button>
        )}
        {step < 2 ? (
          <Button
            type="primary"
            disabled={!pair || !mayMergeOther}
            onClick={() => setStep((step + 1) as Step)}
          >
            {t('customerMerge.next')}
          </Button>
        ) : (
          <Button danger type="primary" loading={merge.isPending} onClick={() => void submit()}>
            {t('customerMerge.submit')}
          </Button>
        )}
      </Flex>
    </Flex>
  );

  return (
    <Modal
      open
      title={t('customerMerge.title', { number: customer.number, name: customer.name })}
      onCancel={onClose}
      footer={footer}
      width={1000}
      destroyOnHidden
      maskClosable={false}
    >
      <Steps
        current={step}
        size="small"
        style={{ margin: '8px 0 24px' }}
        items={[
          { title: t('customerMerge.steps.pick') },
          { title: t('customerMerge.steps.compare') },
          { title: t('customerMerge.steps.confirm') },
        ]}
      />
      <FormAlerts problem={problem} stale={stale} staleTitle={t('customerMerge.stale')} />
      {step === 0 && (
        <Flex vertical gap={16}>
          <MergeCandidatePicker customer={customer} otherId={otherId} onPick={pick} />
          {otherQuery.isFetching && !other && <Skeleton active paragraph={{ rows: 1 }} />}
          {otherQuery.error && <ProblemAlert error={otherQuery.error} />}
          {otherQuery.data?.id === customer.id && (
            <Alert type="info" showIcon title={t('customerMerge.pick.alreadyMerged')} />
          )}
          {other && !mayMergeOther && (
            <Alert
              type="warning"
              showIcon
              title={t('customerMerge.pick.notAllowed', { name: other.name })}
            />
          )}
        </Flex>
      )}
      {step === 1 && pair && (
        <Flex vertical gap={16}>
          <Radio.Group
            value={pair.survivor}
            onChange={(event) => setSurvivorChoice(event.target.value as MergeSide)}
            aria-label={t('customerMerge.compare.survivor')}
          >
            <Flex vertical gap={6}>
              <Radio value="current">
                {t('customerMerge.compare.keepRecord', {
                  number: customer.number,
                  name: customer.name,
                })}
              </Radio>
              <Radio value="other">
                {t('customerMerge.compare.keepRecord', {
                  number: pair.other.number,
                  name: pair.other.name,
                })}
              </Radio>
            </Flex>
          </Radio.Group>
          <MergeFieldTable
            pair={pair}
            fields={fields}
            sameCount={mergeFieldsOf(pair.current, pair.other).length - fields.length}
            choices={choices}
            onChoose={(field: MergeField, choice: FieldChoice) =>
              setPicked((current) => ({ ...current, [field]: choice }))
            }
          />
        </Flex>
      )}
      {step === 2 && survivorRecord && sourceRecord && (
        <MergeSummaryView
          survivor={survivorRecord}
          source={sourceRecord}
          takenFromSource={takenFromSource}
        />
      )}
    </Modal>
  );
}
