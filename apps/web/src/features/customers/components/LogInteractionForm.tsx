import { isApiProblemError } from '@kehu/contracts';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  theme,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type ProblemDescription } from '../../../shared/api/describe-problem';
import { INTERACTION_KINDS } from '../customer-options';
import type { InteractionKind, LogInteractionRequest } from '../customer-types';
import {
  INTERACTION_FORM_FIELDS,
  toLogInteractionRequest,
  type InteractionValues,
} from '../interaction-request';
import { toFormFieldErrors } from '../form-field-errors';
import { useLogInteraction } from '../hooks/use-customer-timeline';
import { DateStringPicker } from './DateStringPicker';
import { TimelineKindIcon } from './TimelineKindIcon';

/** The mutation an interaction form posts through: a customer's or a lead's timeline. */
export interface InteractionLogger {
  mutateAsync: (body: LogInteractionRequest) => Promise<unknown>;
  isPending: boolean;
}

/** Logs a call, email, meeting, visit or note on the customer's timeline. */
export function LogInteractionForm({ customerId }: { customerId: string }) {
  const log = useLogInteraction(customerId);
  return <InteractionLogForm log={log} />;
}

/** The log-interaction form for any record with a timeline; `log` posts it. */
export function InteractionLogForm({ log }: { log: InteractionLogger }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [form] = Form.useForm<InteractionValues>();
  const kind = Form.useWatch('kind', form) ?? 'call';
  const [problem, setProblem] = useState<ProblemDescription | null>(null);
  const [expanded, setExpanded] = useState(false);

  const submit = async (values: InteractionValues) => {
    setProblem(null);
    try {
      await log.mutateAsync(toLogInteractionRequest(values));
      form.resetFields();
      setExpanded(false);
      void message.success(t('customers.timeline.logged'));
    } catch (error) {
      if (isApiProblemError(error) && error.status === 400) {
        const { fields, unmatched } = toFormFieldErrors(error.fieldErrors, INTERACTION_FORM_FIELDS);
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
        if (fields.length > 0 && unmatched.length === 0) return;
      }
      setProblem(describeProblem(t, error));
    }
  };

  return (
    <Form<InteractionValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'call', participants: [] }}
      onFinish={(values) => void submit(values)}
      aria-label={t('customers.timeline.logTitle')}
      style={{
        padding: 16,
        marginBottom: 24,
        borderRadius: token.borderRadiusLG,
        background: token.colorFillAlter,
        border: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={problem.detail}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="kind" style={{ marginBottom: 12 }}>
        <Segmented<InteractionKind>
          aria-label={t('customers.timeline.kind')}
          options={INTERACTION_KINDS.map((value) => ({
            value,
            label: t(`customers.timeline.kinds.${value}`),
            icon: <TimelineKindIcon kind={value} />,
          }))}
          // On a phone the five kinds scroll sideways within the form, not the page.
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        rules={[
          { required: true, whitespace: true, message: t('customers.timeline.summaryRequired') },
        ]}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          aria-label={t('customers.timeline.summary')}
          placeholder={t(`customers.timeline.placeholders.${kind}`)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={500}
          onFocus={() => setExpanded(true)}
        />
      </Form.Item>
      {expanded && (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="occurredAt" label={t('customers.timeline.occurredAt')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                placeholder={t('customers.timeline.now')}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nextFollowUpOn"
              label={t('customers.timeline.nextFollowUpOn')}
              extra={t('customers.timeline.nextFollowUpHint')}
            >
              <DateStringPicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="participants" label={t('customers.timeline.participants')}>
              <Select
                mode="tags"
                open={false}
                suffixIcon={null}
                tokenSeparators={[',', '，', '、']}
                placeholder={t('customers.timeline.participantsPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="outcome" label={t('customers.timeline.outcome')}>
              <Input maxLength={500} placeholder={t('customers.timeline.outcomePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Flex justify="flex-end" gap={8}>
        {expanded && (
          <Button
            onClick={() => {
              form.resetFields();
              setExpanded(false);
            }}
          >
            {t('common.cancel')}
          </Button>
        )}
        <Button type="primary" htmlType="submit" loading={log.isPending}>
          {t(`customers.timeline.logKind.${kind}`)}
        </Button>
      </Flex>
    </Form>
  );
}
