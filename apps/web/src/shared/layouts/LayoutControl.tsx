import { LayoutOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { type LayoutPage, type PanelLayout, ROLES, type Role } from '@kehu/domain';
import { App, Button, Divider, Drawer, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../access/use-app-ability';
import { describeProblem } from '../api/describe-problem';
import { arrangePanels } from './arrange-panels';
import { SortablePanelRow } from './SortablePanelRow';
import type { usePageLayout } from './use-page-layout';

export interface LayoutPanelOption {
  key: string;
  title: string;
  /** Whether the panel can show folded (cards can; the header's panels cannot). */
  collapsible: boolean;
}

interface LayoutControlProps {
  page: LayoutPage;
  /** The page's panels the user may see, in their default order. */
  panels: readonly LayoutPanelOption[];
  /** The profile fields the user may choose, in the profile's order. */
  fields: ReadonlyArray<{ value: string; label: string }>;
  state: ReturnType<typeof usePageLayout>;
}

interface Draft {
  panels: PanelLayout[];
  profileFields: string[];
}

/**
 * The 布局 / Layout button of a record page and its drawer: reorder panels (drag, or the
 * keyboard), fold or hide them, choose the profile's fields, reset to the default; admins
 * may also save the arrangement as a role's default.
 */
export function LayoutControl({ page, panels, fields, state }: LayoutControlProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [role, setRole] = useState<Role>('sales_rep');
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const { layout } = state;
  const titleOf = new Map(panels.map((panel) => [panel.key, panel]));

  const open = () =>
    setDraft({
      panels: arrangePanels(panels, layout).map(({ panel, collapsed, hidden }) => ({
        key: panel.key,
        collapsed,
        hidden,
      })),
      profileFields: [...(layout?.profileFields ?? [])],
    });
  const close = () => setDraft(null);
  const asLayout = (current: Draft) => ({
    panels: current.panels,
    profileFields: current.profileFields.length > 0 ? current.profileFields : null,
    columns: null,
  });
  const change = (key: string, flags: Partial<PanelLayout>) =>
    setDraft(
      (current) =>
        current && {
          ...current,
          panels: current.panels.map((panel) =>
            panel.key === key ? { ...panel, ...flags } : panel,
          ),
        },
    );
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setDraft((current) => {
      if (!current) return current;
      const from = current.panels.findIndex((panel) => panel.key === active.id);
      const to = current.panels.findIndex((panel) => panel.key === over.id);
      return { ...current, panels: arrayMove(current.panels, from, to) };
    });
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
      close();
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  const source = layout?.source ?? 'built-in';
  return (
    <>
      <Button icon={<LayoutOutlined />} onClick={open} disabled={state.isLoading}>
        {t('layouts.button')}
      </Button>
      <Drawer
        open={draft !== null}
        onClose={close}
        title={t('layouts.title')}
        size={480}
        destroyOnHidden
        footer={
          <Flex justify="space-between">
            <Button
              loading={state.reset.isPending}
              disabled={source !== 'user'}
              onClick={() => void run(() => state.reset.mutateAsync(), t('layouts.resetDone'))}
            >
              {t('layouts.reset')}
            </Button>
            <Button
              type="primary"
              loading={state.save.isPending}
              onClick={() =>
                draft && void run(() => state.save.mutateAsync(asLayout(draft)), t('layouts.saved'))
              }
            >
              {t('layouts.save')}
            </Button>
          </Flex>
        }
      >
        {draft && (
          <Flex vertical gap={12} data-testid={`layout-drawer-${page}`}>
            <Typography.Text type="secondary">
              {t(`layouts.sources.${source}`, {
                role: layout?.role ? t(`roles.${layout.role}`) : '',
              })}
            </Typography.Text>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('layouts.panels')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('layouts.panelsHelp')}</Typography.Text>
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd}>
              <SortableContext
                items={draft.panels.map((panel) => panel.key)}
                strategy={verticalListSortingStrategy}
              >
                <Flex vertical gap={6}>
                  {draft.panels.map((panel) => (
                    <SortablePanelRow
                      key={panel.key}
                      panelKey={panel.key}
                      title={titleOf.get(panel.key)?.title ?? panel.key}
                      collapsible={titleOf.get(panel.key)?.collapsible ?? false}
                      collapsed={panel.collapsed}
                      hidden={panel.hidden}
                      onChange={(flags) => change(panel.key, flags)}
                    />
                  ))}
                </Flex>
              </SortableContext>
            </DndContext>
            {fields.length > 0 && (
              <>
                <Typography.Title level={5} style={{ margin: '12px 0 0' }}>
                  {t('layouts.profileFields')}
                </Typography.Title>
                <Select
                  mode="multiple"
                  allowClear
                  aria-label={t('layouts.profileFields')}
                  placeholder={t('layouts.allFields')}
                  value={draft.profileFields}
                  options={[...fields]}
                  optionFilterProp="label"
                  onChange={(profileFields: string[]) => setDraft({ ...draft, profileFields })}
                />
                <Typography.Text type="secondary">{t('layouts.profileFieldsHelp')}</Typography.Text>
              </>
            )}
            {ability.can('update', 'Settings') && (
              <>
                <Divider style={{ margin: '8px 0' }} />
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('layouts.roleDefault')}
                </Typography.Title>
                <Typography.Text type="secondary">{t('layouts.roleDefaultHelp')}</Typography.Text>
                <Flex gap={8}>
                  <Select
                    aria-label={t('layouts.role')}
                    value={role}
                    onChange={setRole}
                    style={{ minWidth: 160 }}
                    options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
                  />
                  <Button
                    loading={state.saveAsRoleDefault.isPending}
                    onClick={() =>
                      void run(
                        () =>
                          state.saveAsRoleDefault.mutateAsync({ role, layout: asLayout(draft) }),
                        t('layouts.roleDefaultSaved', { role: t(`roles.${role}`) }),
                      )
                    }
                  >
                    {t('layouts.saveAsDefault')}
                  </Button>
                </Flex>
              </>
            )}
          </Flex>
        )}
      </Drawer>
    </>
  );
}
