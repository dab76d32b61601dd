import { ArrowLeftOutlined } from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import { App, Button, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { createElement, type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { describeProblem } from '../../../shared/api/describe-problem';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { arrangePanels } from '../../../shared/layouts/arrange-panels';
import { LayoutFieldsContext } from '../../../shared/layouts/layout-fields-context';
import { LayoutCard, useFold } from '../../../shared/layouts/LayoutCard';
import { LayoutControl } from '../../../shared/layouts/LayoutControl';
import { usePageLayout } from '../../../shared/layouts/use-page-layout';
import { useProfileFieldOptions } from '../../../shared/layouts/use-profile-field-options';
import { CustomerFormDrawer } from '../components/CustomerFormDrawer';
import { CustomerHeader } from '../components/CustomerHeader';
import { TransferOwnerModal, type TransferTarget } from '../components/TransferOwnerModal';
import { customerPermissions, type CustomerPermissions } from '../customer-subject';
import type { CustomerResponse } from '../customer-types';
import { useCustomer } from '../hooks/use-customer';
import { useCustomerMutations } from '../hooks/use-customer-mutations';
import {
  type CustomerPanel,
  panelsFor,
  useCustomerPanels,
} from '../panels/customer-panel-registry';
import type { CustomerFieldKey } from '../locales/en';
import type { ArrangedPanel } from '../../../shared/layouts/arrange-panels';
import '../panels/discover-customer-panels';

function BackToList() {
  const { t } = useTranslation();
  return (
    <Link to="/customers" style={{ display: 'inline-block', marginBottom: 16 }}>
      <ArrowLeftOutlined /> {t('customers.detail.backToList')}
    </Link>
  );
}

function CustomerNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('customers.detail.notFoundTitle')}
      subTitle={t('customers.detail.notFoundBody')}
      extra={
        <Link to="/customers">
          <Button type="primary">{t('customers.detail.backToList')}</Button>
        </Link>
      }
    />
  );
}

/** The customer 360° page: header, then the registered panels of each slot. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const query = useCustomer(id);
  const [deleted, setDeleted] = useState<CustomerResponse | null>(null);

  if (deleted) return <DeletedCustomer customer={deleted} onRestored={() => setDeleted(null)} />;
  if (query.isLoading) return <Skeleton active avatar paragraph={{ rows: 6 }} />;
  if (query.error) {
    const missing = isApiProblemError(query.error) && [400, 404].includes(query.error.status);
    return missing ? (
      <CustomerNotFound />
    ) : (
      <>
        <BackToList />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <CustomerNotFound />;
  // A merged-away customer answers with its survivor: show the survivor's own address.
  if (query.data.id !== id) return <Navigate to={`/customers/${query.data.id}`} replace />;
  return <Customer360 customer={query.data} onDeleted={setDeleted} />;
}

function Customer360({
  customer,
  onDeleted,
}: {
  customer: CustomerResponse;
  onDeleted: (customer: CustomerResponse) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const ability = useAppAbility();
  const registered = useCustomerPanels();
  const { remove } = useCustomerMutations();
  const [editing, setEditing] = useState(false);
  const [transfer, setTransfer] = useState<TransferTarget | null>(null);
  const permissions: CustomerPermissions = customerPermissions(ability, customer);
  const [activeTab, setActiveTab] = useState<string | undefined>(undefined);

  const header = panelsFor(registered, 'header', ability, customer);
  const aside = panelsFor(registered, 'aside', ability, customer);
  const main = panelsFor(registered, 'main', ability, customer);
  const pageLayout = usePageLayout('customer-360');
  // The user's order, folded and hidden panels; panels the layout does not know yet take
  // their default place (header, then the narrow column, then the tabs).
  const arranged = arrangePanels([...header, ...aside, ...main], pageLayout.layout);
  const shown = (slot: CustomerPanel['slot']) =>
    arranged.filter((entry) => entry.panel.slot === slot && !entry.hidden);
  const shownMain = shown('main');
  const activeMain = shownMain.find((entry) => entry.panel.key === activeTab) ?? shownMain[0];
  const fieldLabel = useCallback(
    (field: string) => t(`customers.fields.${field as CustomerFieldKey}`),
    [t],
  );
  const profileFields = useProfileFieldOptions('customer-360', fieldLabel, customer.kind);
  const props = { customer, permissions };

  const confirmDelete = () =>
    modal.confirm({
      title: t('customers.detail.deleteConfirm', { name: customer.name }),
      content: t('customers.detail.deleteHelp'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(customer);
          onDeleted(customer);
        } catch (error) {
          void message.error(describeProblem(t, error).message);
        }
      },
    });

  return (
    <LayoutFieldsContext.Provider value={pageLayout.layout?.profileFields ?? null}>
      <Flex justify="space-between" align="start" gap={8}>
        <BackToList />
        <LayoutControl
          page="customer-360"
          panels={arranged.map(({ panel }) => ({
            key: panel.key,
            title: t(panel.titleKey),
            collapsible: panel.slot !== 'header',
          }))}
          fields={profileFields}
          state={pageLayout}
        />
      </Flex>
      <CustomerHeader
        customer={customer}
        permissions={permissions}
        onEdit={() => setEditing(true)}
        onTransfer={() => setTransfer({ kind: 'one', customer })}
        onDelete={() => void confirmDelete()}
        extra={
          shown('header').length > 0 && (
            <Flex gap={8} wrap>
              {shown('header').map(({ panel }) => (
                <div key={panel.key} aria-label={t(panel.titleKey)}>
                  {createElement(panel.component, props)}
                </div>
              ))}
            </Flex>
          )
        }
      />
      {/* The panels wait for the user's layout rather than jump into place after it. */}
      {pageLayout.isLoading ? (
        <Skeleton active paragraph={{ rows: 6 }} style={{ marginTop: 24 }} />
      ) : (
        <Row gutter={[24, 24]} style={{ marginTop: 24 }}>
          {shown('aside').length > 0 && (
            <Col xs={24} xl={9} xxl={8}>
              <Flex vertical gap={24}>
                {shown('aside').map(({ panel, collapsed }) => (
                  <LayoutCard
                    key={panel.key}
                    panelKey={panel.key}
                    title={t(panel.titleKey)}
                    collapsed={collapsed}
                    styles={{ body: { paddingTop: 16 } }}
                  >
                    {createElement(panel.component, props)}
                  </LayoutCard>
                ))}
              </Flex>
            </Col>
          )}
          {activeMain && (
            <Col
              xs={24}
              xl={shown('aside').length > 0 ? 15 : 24}
              xxl={shown('aside').length > 0 ? 16 : 24}
            >
              <MainPanels
                panels={shownMain}
                active={activeMain}
                onTabChange={setActiveTab}
                render={(panel) => createElement(panel.component, props)}
              />
            </Col>
          )}
        </Row>
      )}
      <CustomerFormDrawer open={editing} customer={customer} onClose={() => setEditing(false)} />
      <TransferOwnerModal target={transfer} onClose={() => setTransfer(null)} />
    </LayoutFieldsContext.Provider>
  );
}

/** The wide column's panels as tabs of one card, which folds when the active tab is folded. */
function MainPanels({
  panels,
  active,
  onTabChange,
  render,
}: {
  panels: ReadonlyArray<ArrangedPanel<CustomerPanel>>;
  active: ArrangedPanel<CustomerPanel>;
  onTabChange: (key: string) => void;
  render: (panel: CustomerPanel) => ReactNode;
}) {
  const { t } = useTranslation();
  const title = t(active.panel.titleKey);
  const { open, toggle } = useFold(active.collapsed, title);
  return (
    <Card
      data-panel={active.panel.key}
      data-collapsed={open ? undefined : 'true'}
      title={panels.length === 1 ? title : undefined}
      extra={panels.length === 1 ? toggle : undefined}
      tabBarExtraContent={panels.length > 1 ? toggle : undefined}
      tabList={
        panels.length > 1
          ? panels.map(({ panel }) => ({ key: panel.key, label: t(panel.titleKey) }))
          : undefined
      }
      activeTabKey={active.panel.key}
      onTabChange={onTabChange}
      styles={open ? undefined : { body: { display: 'none' } }}
    >
      {open && render(active.panel)}
    </Card>
  );
}

function DeletedCustomer({
  customer,
  onRestored,
}: {
  customer: CustomerResponse;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const { restore } = useCustomerMutations();
  const mayRestore = customerPermissions(ability, customer).restore;

  const bringBack = async () => {
    try {
      await restore.mutateAsync(customer);
      void message.success(t('common.restored', { name: customer.name }));
      onRestored();
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  return (
    <Result
      status="success"
      title={t('customers.detail.deletedTitle', { name: customer.name, number: customer.number })}
      subTitle={
        mayRestore ? t('customers.detail.deletedBody') : t('customers.detail.deletedNoRestore')
      }
      extra={[
        mayRestore && (
          <Button
            key="restore"
            type="primary"
            loading={restore.isPending}
            onClick={() => void bringBack()}
          >
            {t('customers.detail.restore')}
          </Button>
        ),
        <Button key="list" onClick={() => void navigate('/customers')}>
          {t('customers.detail.backToList')}
        </Button>,
      ]}
    />
  );
}
