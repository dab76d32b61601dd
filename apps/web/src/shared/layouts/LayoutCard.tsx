import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, type CardProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether a panel is unfolded, starting as the layout says, and its fold button. */
export function useFold(collapsed: boolean, title: string) {
  const { t } = useTranslation();
  // The user's fold or unfold holds until the layout itself changes.
  const [toggled, setToggled] = useState<{ layoutSaid: boolean; open: boolean } | null>(null);
  const open = toggled?.layoutSaid === collapsed ? toggled.open : !collapsed;
  const setOpen = (next: boolean) => setToggled({ layoutSaid: collapsed, open: next });
  const toggle = (
    <Button
      type="text"
      size="small"
      icon={open ? <UpOutlined /> : <DownOutlined />}
      aria-expanded={open}
      aria-label={t(open ? 'layouts.collapse' : 'layouts.expand', { name: title })}
      onClick={() => setOpen(!open)}
    />
  );
  return { open, toggle };
}

interface LayoutCardProps extends Omit<CardProps, 'title'> {
  panelKey: string;
  title: string;
  /** As the user's layout has it; the fold button folds and unfolds it for now. */
  collapsed: boolean;
}

/** A panel's card that can fold its body away, starting as the layout says. */
export function LayoutCard({ panelKey, title, collapsed, children, ...card }: LayoutCardProps) {
  const { open, toggle } = useFold(collapsed, title);
  return (
    <Card
      {...card}
      title={title}
      data-panel={panelKey}
      data-collapsed={open ? undefined : 'true'}
      extra={toggle}
      styles={open ? card.styles : { ...card.styles, body: { display: 'none' } }}
    >
      {open && children}
    </Card>
  );
}
