import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, Grid } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ResponsiveFiltersProps {
  /** How many filters are set, shown on the button that opens the drawer. */
  active: number;
  children: ReactNode;
}

/** Whether the screen is phone-sized (narrower than antd's `md`, 768 px). */
export function usePhoneScreen(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

/**
 * A list's filters: inline on wide screens; on a phone they fold into a drawer behind a
 * "Filters" button, so the toolbar never pushes the page sideways.
 */
export function ResponsiveFilters({ active, children }: ResponsiveFiltersProps) {
  const { t } = useTranslation();
  const phone = usePhoneScreen();
  const [open, setOpen] = useState(false);
  if (!phone) return <>{children}</>;
  return (
    <>
      <Badge count={active} size="small">
        <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} data-testid="open-filters">
          {t('common.filters')}
        </Button>
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('common.filters')}
        placement="bottom"
        size="large"
        rootClassName="kehu-filter-drawer"
      >
        <Flex vertical gap={12}>
          {children}
        </Flex>
      </Drawer>
    </>
  );
}
