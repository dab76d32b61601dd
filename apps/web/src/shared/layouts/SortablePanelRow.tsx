import { HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface SortablePanelRowProps {
  panelKey: string;
  title: string;
  collapsible: boolean;
  collapsed: boolean;
  hidden: boolean;
  onChange: (flags: { collapsed?: boolean; hidden?: boolean }) => void;
}

/** One panel in the layout drawer: a drag handle, its name, and whether it shows folded or at all. */
export function SortablePanelRow(props: SortablePanelRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: props.panelKey });
  return (
    <Flex
      ref={setNodeRef}
      align="center"
      gap={8}
      data-layout-panel={props.panelKey}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        padding: '6px 8px',
        border: '1px solid rgba(5, 5, 5, 0.06)',
        borderRadius: 6,
        background: 'var(--ant-color-bg-container, #fff)',
      }}
    >
      <Button
        ref={setActivatorNodeRef}
        type="text"
        size="small"
        icon={<HolderOutlined />}
        aria-label={t('layouts.move', { name: props.title })}
        style={{ cursor: 'grab' }}
        {...attributes}
        {...listeners}
      />
      <Typography.Text style={{ flex: 1 }} delete={props.hidden}>
        {props.title}
      </Typography.Text>
      {props.collapsible && (
        <Checkbox
          checked={props.collapsed}
          disabled={props.hidden}
          onChange={(event) => props.onChange({ collapsed: event.target.checked })}
        >
          {t('layouts.collapsed')}
        </Checkbox>
      )}
      <Checkbox
        checked={!props.hidden}
        aria-label={`${t('layouts.show')} ${props.title}`}
        onChange={(event) => props.onChange({ hidden: !event.target.checked })}
      >
        {t('layouts.show')}
      </Checkbox>
    </Flex>
  );
}
