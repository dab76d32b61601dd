import { ArrowLeftOutlined } from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import { Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { TimelinePanel } from '../../../shared/timeline/TimelinePanel';
import { AssignLeadsModal } from '../components/AssignLeadsModal';
import { ConvertLeadModal } from '../components/ConvertLeadModal';
import { DisqualifyLeadModal } from '../components/DisqualifyLeadModal';
import { LeadFormDrawer } from '../components/LeadFormDrawer';
import { LeadHeader } from '../components/LeadHeader';
import { LeadProfile } from '../components/LeadProfile';
import { LeadTasksPanel } from '../../tasks/components/LeadTasksPanel';
import { LeadCustomFieldsCard } from '../../custom-fields/components/LeadCustomFieldsCard';
import { useLead } from '../hooks/use-lead';
import { leadPermissions } from '../lead-subject';
import { leadTimeline } from '../lead-timeline';
import type { LeadResponse } from '../lead-types';

function BackToList() {
  const { t } = useTranslation();
  return (
    <Link to="/leads" style={{ display: 'inline-block', marginBottom: 16 }}>
      <ArrowLeftOutlined /> {t('leads.detail.backToList')}
    </Link>
  );
}

function LeadNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('leads.detail.notFoundTitle')}
      subTitle={t('leads.detail.notFoundBody')}
      extra={
        <Link to="/leads">
          <Button type="primary">{t('leads.detail.backToList')}</Button>
        </Link>
      }
    />
  );
}

/** One lead: header with its status path, profile, and timeline. */
export function LeadDetailPage() {
  const { id = '' } = useParams();
  const query = useLead(id);

  if (query.isLoading) return <Skeleton active avatar paragraph={{ rows: 6 }} />;
  if (query.error) {
    const missing = isApiProblemError(query.error) && [400, 404].includes(query.error.status);
    return missing ? (
      <LeadNotFound />
    ) : (
      <>
        <BackToList />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <LeadNotFound />;
  return <LeadView lead={query.data} />;
}

type Dialog = 'edit' | 'reassign' | 'disqualify' | 'convert' | null;

function LeadView({ lead }: { lead: LeadResponse }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const permissions = leadPermissions(ability, lead);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <BackToList />
      <LeadHeader
        lead={lead}
        permissions={permissions}
        onEdit={() => setDialog('edit')}
        onReassign={() => setDialog('reassign')}
        onDisqualify={() => setDialog('disqualify')}
        onConvert={() => setDialog('convert')}
      />
      <Row gutter={[24, 24]} style={{ marginTop: 24 }}>
        <Col xs={24} xl={9} xxl={8}>
          <Card title={t('leads.detail.profile')}>
            <LeadProfile lead={lead} />
          </Card>
          <LeadCustomFieldsCard lead={lead} style={{ marginTop: 24 }} />
        </Col>
        <Col xs={24} xl={15} xxl={16}>
          {ability.can('read', 'Task') && (
            <Card title={t('tasks.panelTitle')} style={{ marginBottom: 24 }}>
              <LeadTasksPanel lead={lead} />
            </Card>
          )}
          <Card title={t('timeline.title')}>
            <TimelinePanel subject={leadTimeline} record={lead} />
          </Card>
        </Col>
      </Row>
      <LeadFormDrawer open={dialog === 'edit'} lead={lead} onClose={close} />
      <AssignLeadsModal
        target={dialog === 'reassign' ? { ids: [lead.id], name: lead.name } : null}
        onClose={close}
      />
      <DisqualifyLeadModal lead={dialog === 'disqualify' ? lead : null} onClose={close} />
      <ConvertLeadModal lead={dialog === 'convert' ? lead : null} onClose={close} />
    </>
  );
}
