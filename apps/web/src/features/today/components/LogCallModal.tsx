import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { DateStringPicker } from '../../../shared/components/DateStringPicker';
import {
  INTERACTION_FORM_FIELDS,
  toLogInteractionRequest,
  type InteractionValues,
} from '../../../shared/timeline/interaction-request';
import { useTodayActions } from '../hooks/use-today-actions';

export interface CallTarget {
  type: 'customer' | 'lead';
  id: string;
  name: string;
}

interface LogCallModalProps {
  target: CallTarget | null;
  onClose: () => void;
}

/** Logs a call on the customer's or lead's timeline, optionally with the next follow-up day. */
export function LogCallModal({ target, onClose }: LogCallModalProps) {
  const { t } = useTranslation();
  const { logCall } = useTodayActions();
  return (
    <FormModal<InteractionValues>
      open={target !== null}
      title={t('today.logCall.title', { name: target?.name ?? '' })}
      okText={t('today.logCall.submit')}
      fieldNames={INTERACTION_FORM_FIELDS}
      initialValues={{ kind: 'call' }}
      onSubmit={async (values) => {
        if (!target) return;
        await logCall.mutateAsync({
          target,
          body: toLogInteractionRequest({ ...values, kind: 'call' }),
        });
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item
        name="summary"
        label={t('today.logCall.summary')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="outcome" label={t('today.logCall.outcome')}>
        <Input maxLength={500} />
      </Form.Item>
      {target?.type === 'customer' && (
        <Form.Item name="nextFollowUpOn" label={t('today.logCall.nextFollowUpOn')}>
          <DateStringPicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
