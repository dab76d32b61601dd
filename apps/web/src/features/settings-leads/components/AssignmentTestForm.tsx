import { ExperimentOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { LEAD_SOURCES } from '../../leads/lead-options';
import { useTestAssignment } from '../hooks/use-assignment-rules';
import type { AssignmentTestRequest } from '../lead-settings-types';

interface AssignmentTestFormProps {
  ownerName: (id: string | null) => string;
  teamName: (id: string) => string;
  /** The rules on screen differ from the saved ones the test runs against. */
  unsaved: boolean;
}

/** "Test a sample lead": which saved rule matches it, and who would get it now. */
export function AssignmentTestForm({ ownerName, teamName, unsaved }: AssignmentTestFormProps) {
  const { t } = useTranslation();
  const test = useTestAssignment();
  const result = test.data;

  const run = (values: AssignmentTestRequest) => {
    const region = values.region?.trim();
    const productInterest = values.productInterest?.trim();
    test.mutate({
      source: values.source,
      score: values.score,
      ...(region ? { region } : {}),
      ...(productInterest ? { productInterest } : {}),
    });
  };

  return (
    <Card title={t('leadSettings.test.title')}>
      <Form<AssignmentTestRequest>
        layout="vertical"
        initialValues={{ source: 'web-form', score: 50 }}
        onFinish={run}
        aria-label={t('leadSettings.test.title')}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="region" label={t('leadSettings.test.region')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="productInterest" label={t('leadSettings.test.productInterest')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t('leadSettings.test.source')}>
              <Select
                options={LEAD_SOURCES.map((value) => ({
                  value,
                  label: t(`leads.sources.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="score" label={t('leadSettings.test.score')}>
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {unsaved && (
          <Alert
            type="warning"
            showIcon
            title={t('leadSettings.rules.unsavedTest')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Button htmlType="submit" icon={<ExperimentOutlined />} loading={test.isPending}>
          {t('leadSettings.test.run')}
        </Button>
      </Form>
      {test.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={describeProblem(t, test.error).message}
        />
      )}
      {result && (
        <Descriptions
          aria-live="polite"
          data-testid="assignment-test-result"
          column={1}
          size="small"
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'rule',
              label: t('leadSettings.rules.name'),
              children: result.ruleName
                ? t('leadSettings.test.matched', { name: result.ruleName })
                : t('leadSettings.test.fallback'),
            },
            {
              key: 'user',
              label: t('leadSettings.rules.user'),
              children: result.userId
                ? t('leadSettings.test.assignee', { name: ownerName(result.userId) })
                : t('leadSettings.test.nobody'),
            },
            ...(result.teamId
              ? [
                  {
                    key: 'team',
                    label: t('leadSettings.rules.team'),
                    children: t('leadSettings.test.team', { name: teamName(result.teamId) }),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
