import type { CreatedApiKeyResponse, UserRole } from '@kehu/contracts';
import { ROLES } from '@kehu/domain';
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { useDealerOrgOptions } from '../../dealer-orgs/hooks/use-dealer-org-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { useApiKeyMutations } from '../hooks/use-api-key-mutations';
import { SCOPE_SUGGESTIONS } from './scope-options';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';
import { NamedRecordSelect } from '../../../shared/components/NamedRecordSelect';

interface ApiKeyFormValues {
  name: string;
  role: UserRole;
  scopes: string[];
  teamId?: string;
  dealerOrgId?: string;
  expiresAt?: Dayjs;
}

const FIELD_NAMES = ['name', 'role', 'scopes', 'teamId', 'dealerOrgId', 'expiresAt'] as const;
const INITIAL_VALUES: Partial<ApiKeyFormValues> = { role: 'viewer', scopes: [] };

interface CreateApiKeyDrawerProps {
  open: boolean;
  onClose: () => void;
  onCreated: (apiKey: CreatedApiKeyResponse) => void;
}

export function CreateApiKeyDrawer({ open, onClose, onCreated }: CreateApiKeyDrawerProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { teams } = useTeamOptions(open && ability.can('read', 'Team'));
  const { dealerOrgs } = useDealerOrgOptions(open && ability.can('read', 'DealerOrg'));
  const { create } = useApiKeyMutations();

  const submit = async (values: ApiKeyFormValues) => {
    const created = await create.mutateAsync({
      name: values.name.trim(),
      role: values.role,
      scopes: values.scopes,
      teamId: values.teamId,
      dealerOrgId: values.dealerOrgId,
      expiresAt: values.expiresAt?.endOf('day').toISOString(),
    });
    onCreated(created);
  };

  return (
    <RecordFormDrawer<ApiKeyFormValues>
      open={open}
      title={t('apiKeys.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={INITIAL_VALUES}
      onSubmit={submit}
      onClose={onClose}
    >
      <RequiredTextField name="name" label={t('apiKeys.name')} maxLength={100} />
      <Form.Item name="role" label={t('apiKeys.role')} rules={[{ required: true }]}>
        <Select options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('apiKeys.scopes')}
        extra={t('apiKeys.scopesHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}
      >
        <Select mode="tags" options={SCOPE_SUGGESTIONS.map((scope) => ({ value: scope }))} />
      </Form.Item>
      <Form.Item name="teamId" label={t('apiKeys.team')}>
        <NamedRecordSelect records={teams} />
      </Form.Item>
      <Form.Item name="dealerOrgId" label={t('apiKeys.dealerOrg')}>
        <NamedRecordSelect records={dealerOrgs} />
      </Form.Item>
      <Form.Item name="expiresAt" label={t('apiKeys.expiresAt')} extra={t('apiKeys.noExpiry')}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
        />
      </Form.Item>
    </RecordFormDrawer>
  );
}
