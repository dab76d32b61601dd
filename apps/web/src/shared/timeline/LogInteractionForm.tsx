import {
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
import { applyFieldErrors } from '../api/apply-field-errors';
import { DateStringPicker } from '../components/DateStringPicker';
import { ProblemAlert } from '../components/ProblemAlert';
import {
  INTERACTION_FORM_FIELDS,
  toLogInteractionRequest,
  type InteractionValues,
} from './interaction-request';
import { INTERACTION_KINDS } from './timeline-kinds';
import type { TimelineInteractions } from './timeline-subject';
import type { InteractionKind, TimelineCollection } from './timeline-types';
import { TimelineKindIcon } from './TimelineKindIcon';
import { useLogInteraction } from './use-timeline';

interface LogInteractionFormProps {
  collection: TimelineCollection;
  interactions: TimelineInteractions;
  recordId: string;
}

/**
 * Logs a call, email, meeting, visit or note on a record's timeline (see the subject's
 * `interactions`); what a next follow-up day sets up is the record's API's to say.
 */
export function LogInteractionForm({
  collection,
  interactions,
  recordId,
}: LogInteractionFormProps) {
  const log = useLogInteraction(collection, interactions, recordId);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [form] = Form.useForm<InteractionValues>();
  const kind = Form.useWatch('kind', form) ?? 'call';
  const [problem, setProblem] = useState<unknown>(null);
  const [expanded, setExpanded] = useState(false);

  const submit = async (values: InteractionValues) => {
    setProblem(null);
    try {
      await log.mutateAsync(toLogInteractionRequest(values));
      form.resetFields();
      setExpanded(false);
      void message.success(t('timeline.logged'));
    } catch (error) {
      if (!applyFieldErrors(form, INTERACTION_FORM_FIELDS, error)) setProblem(error);
    }
  };

  return (
    <Form<InteractionValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'call', participants: [] }}
      onFinish={(values) => void submit(values)}
      aria-label={t('timeline.logTitle')}
      style={{
        padding: 16,
        marginBottom: 24,
        borderRadius: token.borderRadiusLG,
        background: token.colorFillAlter,
        border: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {problem !== null && <ProblemAlert error={problem} />}
      <Form.Item name="kind" style={{ marginBottom: 12 }}>
        <Segmented<InteractionKind>
          aria-label={t('timeline.kind')}
          options={INTERACTION_KINDS.map((value) => ({
            value,
            label: t(`timeline.kinds.${value}`),
            icon: <TimelineKindIcon kind={value} />,
          }))}
          // On a phone the five kinds scroll sideways within the form, not the page.
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        rules={[{ required: true, whitespace: true, message: t('timeline.summaryRequired') }]}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          aria-label={t('timeline.summary')}
          placeholder={t(`timeline.placeholders.${kind}`)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={500}
          onFocus={() => setExpanded(true)}
        />
      </Form.Item>
      {expanded && (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="occurredAt" label={t('timeline.occurredAt')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                placeholder={t('timeline.now')}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nextFollowUpOn"
              label={t('timeline.nextFollowUpOn')}
              extra={t(interactions.nextFollowUpHint)}
            >
              <DateStringPicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="participants" label={t('timeline.participants')}>
              <Select
                mode="tags"
                open={false}
                suffixIcon={null}
                tokenSeparators={[',', '，', '、']}
                placeholder={t('timeline.participantsPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="outcome" label={t('timeline.outcome')}>
              <Input maxLength={500} placeholder={t('timeline.outcomePlaceholder')} />
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
          {t(`timeline.logKind.${kind}`)}
        </Button>
      </Flex>
    </Form>
  );
}
