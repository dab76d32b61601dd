import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { ResponsiveFilters, usePhoneScreen } from './ResponsiveFilters';

interface ListToolbarProps {
  /** Without it the list has no search box. */
  searchPlaceholder?: string;
  onSearch?: (text: string) => void;
  /** The search in force (from the address): shown in the box, which resets when it changes. */
  search?: string;
  /** The search box's width on a wide screen. */
  searchWidth?: number;
  /** Always shown after the search box, also on a phone (a saved-view picker). */
  before?: ReactNode;
  /** Filters placed after the search box; in a drawer on a phone. */
  children?: ReactNode;
  /** How many filters are set (shown on the phone's filter button). */
  activeFilters?: number;
  /** Buttons at the end of the toolbar (export, columns...). */
  actions?: ReactNode;
}

export function ListToolbar({
  searchPlaceholder,
  onSearch,
  search,
  searchWidth = 280,
  before,
  children,
  activeFilters = 0,
  actions,
}: ListToolbarProps) {
  const phone = usePhoneScreen();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      {searchPlaceholder !== undefined && (
        <Input.Search
          key={search ?? ''}
          allowClear
          defaultValue={search}
          placeholder={searchPlaceholder}
          aria-label={searchPlaceholder}
          onSearch={(text) => onSearch?.(text.trim())}
          style={{ width: phone ? 'auto' : searchWidth, flex: phone ? '1 1 160px' : undefined }}
        />
      )}
      {before}
      {children && <ResponsiveFilters active={activeFilters}>{children}</ResponsiveFilters>}
      {actions && (
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
