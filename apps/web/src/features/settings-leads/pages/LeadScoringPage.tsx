import { App, Button, Card, Col, Form, InputNumber, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { FormAlerts } from '../../../shared/components/FormAlerts';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useFormSubmit } from '../../../shared/components/use-form-submit';
import { LEAD_SOURCES } from '../../leads/lead-options';
import { useLeadScoring, useSaveLeadScoring } from '../hooks/use-lead-scoring';
import type { LeadScoring } from '../lead-settings-types';

const FIELDS = ['source', 'completeness', 'recentActivity', 'activityWindowDays'] as const;

/** Settings → Lead scoring: points per source, for completeness and for recent activity. */
export function LeadScoringPage() {
  const scoring = useLeadScoring();
  if (scoring.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (scoring.error || !scoring.data) {
    return <ProblemAlert error={scoring.error} onRetry={() => void scoring.refetch()} />;
  }
  return <ScoringForm saved={scoring.data} />;
}

function ScoringForm({ saved }: { saved: LeadScoring }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editable = useAppAbility().can('update', 'Settings');
  const save = useSaveLeadScoring();
  const [form] = Form.useForm<LeadScoring>();
  const { problem, submit } = useFormSubmit({
    form,
    fieldNames: FIELDS,
    onSubmit: async (values: LeadScoring) => {
      await save.mutateAsync(values);
      void message.success(t('leadSettings.scoring.saved'));
    },
  });

  const points = (label: string) => (
    <InputNumber
      aria-label={label}
      min={0}
      max={100}
      precision={0}
      disabled={!editable}
      style={{ width: '100%' }}
    />
  );

  return (
    <>
      <PageHeader
        title={t('leadSettings.scoring.title')}
        subtitle={t('leadSettings.scoring.subtitle')}
      />
      <Form<LeadScoring>
        form={form}
        layout="vertical"
        initialValues={saved}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 880 }}
      >
        <FormAlerts problem={problem} />
        <Card title={t('leadSettings.scoring.source')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            {LEAD_SOURCES.map((source) => (
              <Col key={source} xs={12} md={8}>
                <Form.Item
                  name={['source', source]}
                  label={t(`leads.sources.${source}`)}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  {points(t(`leads.sources.${source}`))}
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="completeness"
                label={t('leadSettings.scoring.completeness')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                {points(t('leadSettings.scoring.completeness'))}
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="recentActivity"
                label={t('leadSettings.scoring.recentActivity')}
                extra={t('leadSettings.scoring.recentActivityHelp')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                {points(t('leadSettings.scoring.recentActivity'))}
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="activityWindowDays"
                label={t('leadSettings.scoring.activityWindowDays')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <InputNumber
                  min={1}
                  max={365}
                  precision={0}
                  disabled={!editable}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('leadSettings.scoring.save')}
          </Button>
        )}
      </Form>
    </>
  );
}
