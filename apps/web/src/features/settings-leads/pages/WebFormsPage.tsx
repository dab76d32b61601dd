import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem } from '../../../shared/api/describe-problem';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { RowActions } from '../../../shared/components/RowActions';
import { EmbedSnippet } from '../components/EmbedSnippet';
import { WebFormDrawer } from '../components/WebFormDrawer';
import { useWebFormMutations, useWebFormsList } from '../hooks/use-web-forms';
import type { WebFormResponse } from '../lead-settings-types';

/** Settings → Web forms: the forms that create leads, each with its embeddable snippet. */
export function WebFormsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editable = useAppAbility().can('update', 'Settings');
  const list = useWebFormsList();
  const { remove } = useWebFormMutations();
  const [editing, setEditing] = useState<WebFormResponse | 'new' | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);

  const deleteForm = async (form: WebFormResponse) => {
    try {
      await remove.mutateAsync(form);
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  const columns: TableColumnsType<WebFormResponse> = [
    {
      key: 'name',
      title: t('leadSettings.webForms.name'),
      render: (_, form) => (
        <>
          <Typography.Text strong>{form.name}</Typography.Text>
          {!form.active && (
            <Tag style={{ marginInlineStart: 8 }}>{t('leadSettings.webForms.inactive')}</Tag>
          )}
        </>
      ),
    },
    {
      key: 'origins',
      title: t('leadSettings.webForms.allowedOrigins'),
      render: (_, form) =>
        form.allowedOrigins.length > 0 ? form.allowedOrigins.join(', ') : t('common.none'),
    },
    {
      key: 'campaign',
      title: t('leadSettings.webForms.campaign'),
      render: (_, form) => form.campaign ?? t('common.none'),
    },
    {
      key: 'publicKey',
      title: t('leadSettings.webForms.publicKey'),
      render: (_, form) => <Typography.Text code>{form.publicKey}</Typography.Text>,
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, form: WebFormResponse) => (
              <RowActions
                recordName={form.name}
                onEdit={() => setEditing(form)}
                onDelete={() => deleteForm(form)}
                deleteConfirm={`${t('leadSettings.webForms.deleteConfirm', { name: form.name })} ${t('leadSettings.webForms.deleteHelp')}`}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('leadSettings.webForms.title')}
        subtitle={t('leadSettings.webForms.subtitle')}
        actions={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('leadSettings.webForms.new')}
            </Button>
          )
        }
      />
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <Table<WebFormResponse>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        locale={{ emptyText: <Empty description={t('leadSettings.webForms.empty')} /> }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
          expandedRowRender: (form) => <EmbedSnippet form={form} />,
        }}
      />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <WebFormDrawer
        open={editing !== null}
        form={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(form) => setExpanded((keys) => [...new Set([...keys, form.id])])}
      />
    </>
  );
}
