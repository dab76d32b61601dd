import type { TeamResponse } from '@kehu/contracts';
import { App, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import { useTeamMutations } from '../hooks/use-team-mutations';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface TeamFormValues {
  name: string;
  description?: string;
}

const FIELD_NAMES = ['name', 'description'] as const;

const toFormValues = (team: TeamResponse | null): Partial<TeamFormValues> => ({
  name: team?.name,
  description: team?.description ?? undefined,
});

interface TeamFormDrawerProps {
  open: boolean;
  /** The team to edit, or null to create one. */
  team: TeamResponse | null;
  onClose: () => void;
}

export function TeamFormDrawer({ open, team, onClose }: TeamFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update, fetchTeam } = useTeamMutations();
  const latest = useRef(team);

  const submit = async ({ name, description }: TeamFormValues) => {
    const trimmed = description?.trim() || null;
    if (latest.current) {
      await update.mutateAsync({ team: latest.current, changes: { name, description: trimmed } });
      void message.success(t('common.saved'));
    } else {
      await create.mutateAsync({ name, description: trimmed ?? undefined });
      void message.success(t('common.created', { name }));
    }
    onClose();
  };

  const reload = async () => {
    if (!team) return {};
    latest.current = await fetchTeam(team.id);
    return toFormValues(latest.current);
  };

  return (
    <RecordFormDrawer<TeamFormValues>
      open={open}
      title={team ? t('teams.editTitle') : t('teams.createTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toFormValues(team)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      <RequiredTextField name="name" label={t('teams.name')} maxLength={100} autoFocus />
      <Form.Item name="description" label={t('teams.description')}>
        <Input.TextArea rows={4} maxLength={500} showCount />
      </Form.Item>
    </RecordFormDrawer>
  );
}
