import { ArrowLeftOutlined } from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import { Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { arrangePanels } from '../../../shared/layouts/arrange-panels';
import { LayoutFieldsContext } from '../../../shared/layouts/layout-fields-context';
import { LayoutCard } from '../../../shared/layouts/LayoutCard';
import { LayoutControl } from '../../../shared/layouts/LayoutControl';
import { usePageLayout } from '../../../shared/layouts/use-page-layout';
import { useProfileFieldOptions } from '../../../shared/layouts/use-profile-field-options';
import { LEAD_PANELS, type LeadPanel } from '../lead-panels';
import { leadFieldLabelKey } from '../lead-profile-fields';
import { AssignLeadsModal } from '../components/AssignLeadsModal';
import { ConvertLeadModal } from '../components/ConvertLeadModal';
import { DisqualifyLeadModal } from '../components/DisqualifyLeadModal';
import { LeadFormDrawer } from '../components/LeadFormDrawer';
import { LeadHeader } from '../components/LeadHeader';
import { useLead } from '../hooks/use-lead';
import { leadPermissions } from '../lead-subject';
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
  const pageLayout = usePageLayout('lead-detail');
  const arranged = arrangePanels(
    LEAD_PANELS.filter((panel) => !panel.access || panel.access(ability)),
    pageLayout.layout,
  );
  const column = (slot: LeadPanel['slot']) =>
    arranged
      .filter((entry) => entry.panel.slot === slot && !entry.hidden)
      .map(({ panel, collapsed }) => (
        <LayoutCard
          key={panel.key}
          panelKey={panel.key}
          title={t(panel.titleKey)}
          collapsed={collapsed}
        >
          {panel.render(lead)}
        </LayoutCard>
      ));
  const fieldLabel = useCallback((field: string) => t(leadFieldLabelKey(field)), [t]);
  const profileFields = useProfileFieldOptions('lead-detail', fieldLabel);

  return (
    <LayoutFieldsContext.Provider value={pageLayout.layout?.profileFields ?? null}>
      <Flex justify="space-between" align="start" gap={8}>
        <BackToList />
        <LayoutControl
          page="lead-detail"
          panels={arranged.map(({ panel }) => ({
            key: panel.key,
            title: t(panel.titleKey),
            collapsible: true,
          }))}
          fields={profileFields}
          state={pageLayout}
        />
      </Flex>
      <LeadHeader
        lead={lead}
        permissions={permissions}
        onEdit={() => setDialog('edit')}
        onReassign={() => setDialog('reassign')}
        onDisqualify={() => setDialog('disqualify')}
        onConvert={() => setDialog('convert')}
      />
      {/* The panels wait for the user's layout rather than jump into place after it. */}
      {pageLayout.isLoading ? (
        <Skeleton active paragraph={{ rows: 6 }} style={{ marginTop: 24 }} />
      ) : (
        <Row gutter={[24, 24]} style={{ marginTop: 24 }}>
          <Col xs={24} xl={9} xxl={8}>
            <Flex vertical gap={24}>
              {column('aside')}
            </Flex>
          </Col>
          <Col xs={24} xl={15} xxl={16}>
            <Flex vertical gap={24}>
              {column('main')}
            </Flex>
          </Col>
        </Row>
      )}
      <LeadFormDrawer open={dialog === 'edit'} lead={lead} onClose={close} />
      <AssignLeadsModal
        target={dialog === 'reassign' ? { ids: [lead.id], name: lead.name } : null}
        onClose={close}
      />
      <DisqualifyLeadModal lead={dialog === 'disqualify' ? lead : null} onClose={close} />
      <ConvertLeadModal lead={dialog === 'convert' ? lead : null} onClose={close} />
    </LayoutFieldsContext.Provider>
  );
}
