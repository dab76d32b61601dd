import { PlusOutlined } from '@ant-design/icons';
import type { ApiKeyResponse, CreatedApiKeyResponse } from '@kehu/contracts';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem } from '../../../shared/api/describe-problem';
import { ListPage } from '../../../shared/list/ListPage';
import { searchListCodec, toSearchListQuery } from '../../../shared/list/search-list';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { useDealerOrgOptions } from '../../dealer-orgs/hooks/use-dealer-org-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { ApiKeysTable } from '../components/ApiKeysTable';
import { CreateApiKeyDrawer } from '../components/CreateApiKeyDrawer';
import { CreatedApiKeyModal } from '../components/CreatedApiKeyModal';
import { useApiKeyMutations } from '../hooks/use-api-key-mutations';
import { apiKeyListSource } from '../hooks/api-key-list-source';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const page = useListPageState({
    codec: searchListCodec,
    toQuery: toSearchListQuery,
    source: apiKeyListSource,
  });
  const { list } = page;
  const { teamName } = useTeamOptions(ability.can('read', 'Team'));
  const { dealerOrgName } = useDealerOrgOptions(ability.can('read', 'DealerOrg'));
  const { revoke } = useApiKeyMutations();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyResponse | null>(null);

  const revokeKey = async (apiKey: ApiKeyResponse) => {
    try {
      await revoke.mutateAsync(apiKey);
      void message.success(t('apiKeys.revoked', { name: apiKey.name }));
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  return (
    <>
      <ListPage
        page={page}
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        actions={
          ability.can('create', 'ApiKey') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('apiKeys.new')}
            </Button>
          )
        }
        searchPlaceholder={t('apiKeys.searchPlaceholder')}
      >
        {() => (
          <ApiKeysTable
            apiKeys={list.items}
            loading={list.isLoading}
            teamName={teamName}
            dealerOrgName={dealerOrgName}
            onRevoke={ability.can('delete', 'ApiKey') ? revokeKey : undefined}
          />
        )}
      </ListPage>
      <CreateApiKeyDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(apiKey) => {
          setCreating(false);
          setCreated(apiKey);
        }}
      />
      <CreatedApiKeyModal apiKey={created} onClose={() => setCreated(null)} />
    </>
  );
}
