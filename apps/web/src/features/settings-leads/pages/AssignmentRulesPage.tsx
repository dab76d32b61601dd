import { PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { App, Button, Card, Col, Empty, Flex, Form, Row, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useOwnerOptions } from '../../../shared/owners/use-owner-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import {
  moveRule,
  rulesChanged,
  toAssignmentRulesBody,
  toRuleDrafts,
  type AssignmentRuleDraft,
} from '../assignment-rule-drafts';
import { AssignmentRuleModal } from '../components/AssignmentRuleModal';
import { AssignmentTestForm } from '../components/AssignmentTestForm';
import { SortableRuleCard } from '../components/SortableRuleCard';
import { useAssignmentRules, useSaveAssignmentRules } from '../hooks/use-assignment-rules';
import type { AssignmentRulesResponse } from '../lead-settings-types';

/** Settings → Lead assignment (线索分配): the ordered rules, the fallback queue, a test form. */
export function AssignmentRulesPage() {
  const rules = useAssignmentRules();
  if (rules.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (rules.error || !rules.data) {
    return <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />;
  }
  return <RulesEditor saved={rules.data} />;
}

interface Draft {
  rules: AssignmentRuleDraft[];
  fallbackTeamId: string | null;
}

function RulesEditor({ saved }: { saved: AssignmentRulesResponse }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const editable = ability.can('update', 'Settings');
  const { owners, ownerName } = useOwnerOptions();
  const { teams, teamName } = useTeamOptions(ability.can('read', 'Team'));
  const save = useSaveAssignmentRules();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<AssignmentRuleDraft | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const current: Draft = draft ?? {
    rules: toRuleDrafts(saved.rules),
    fallbackTeamId: saved.fallbackTeamId,
  };
  const dirty = rulesChanged(
    current.rules,
    saved.rules,
    current.fallbackTeamId,
    saved.fallbackTeamId,
  );
  const nameOf = (id: string | null) => ownerName(id) ?? t('leads.noOwner');
  const change = (next: Partial<Draft>) => setDraft({ ...current, ...next });

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) {
      change({ rules: moveRule(current.rules, String(active.id), String(over.id)) });
    }
  };
  const upsert = (rule: AssignmentRuleDraft) => {
    const exists = current.rules.some((item) => item.key === rule.key);
    change({
      rules: exists
        ? current.rules.map((item) => (item.key === rule.key ? rule : item))
        : [...current.rules, rule],
    });
  };
  const submit = async () => {
    try {
      await save.mutateAsync({
        body: toAssignmentRulesBody(current.rules, current.fallbackTeamId),
        version: saved.version,
      });
      setDraft(null);
      void message.success(t('leadSettings.rules.saved'));
    } catch {
      // The alert below the header shows the problem.
    }
  };
  const newRule = (): AssignmentRuleDraft => ({
    key: crypto.randomUUID(),
    name: '',
    active: true,
    conditions: {},
    strategy: 'user',
    userId: null,
    teamId: null,
  });

  return (
    <>
      <PageHeader
        title={t('leadSettings.rules.title')}
        subtitle={t('leadSettings.rules.subtitle')}
        actions={
          editable && (
            <>
              {dirty && (
                <Button onClick={() => setDraft(null)}>{t('leadSettings.rules.discard')}</Button>
              )}
              <Button icon={<PlusOutlined />} onClick={() => setEditing(newRule())}>
                {t('leadSettings.rules.add')}
              </Button>
              <Button
                type="primary"
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => void submit()}
              >
                {t('leadSettings.rules.save')}
              </Button>
            </>
          )
        }
      />
      {save.error && <ProblemAlert error={save.error} />}
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={12}>
            {current.rules.length === 0 ? (
              <Card>
                <Empty description={t('leadSettings.rules.empty')} />
              </Card>
            ) : (
              <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd}>
                <SortableContext
                  items={current.rules.map((rule) => rule.key)}
                  strategy={verticalListSortingStrategy}
                >
                  {current.rules.map((rule, index) => (
                    <SortableRuleCard
                      key={rule.key}
                      rule={rule}
                      position={index + 1}
                      ownerName={nameOf}
                      teamName={teamName}
                      editable={editable}
                      onEdit={() => setEditing(rule)}
                      onRemove={() =>
                        change({ rules: current.rules.filter((item) => item.key !== rule.key) })
                      }
                    />
                  ))}
                </SortableContext>
              </DndContext>
            )}
            <Card size="small">
              <Form layout="vertical">
                <Form.Item
                  label={t('leadSettings.rules.fallbackTeam')}
                  extra={t('leadSettings.rules.fallbackHelp')}
                  style={{ marginBottom: 0 }}
                >
                  <Select
                    allowClear
                    disabled={!editable}
                    value={current.fallbackTeamId ?? undefined}
                    placeholder={t('leadSettings.rules.noFallback')}
                    aria-label={t('leadSettings.rules.fallbackTeam')}
                    options={teams.map((team) => ({ value: team.id, label: team.name }))}
                    onChange={(teamId?: string) => change({ fallbackTeamId: teamId ?? null })}
                  />
                </Form.Item>
              </Form>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <AssignmentTestForm ownerName={nameOf} teamName={teamName} unsaved={dirty} />
        </Col>
      </Row>
      <AssignmentRuleModal
        rule={editing}
        owners={owners}
        teams={teams}
        onSave={upsert}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
