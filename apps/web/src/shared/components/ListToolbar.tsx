import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { ResponsiveFilters, usePhoneScreen } from './ResponsiveFilters';

interface ListToolbarProps {
  searchPlaceholder: string;
  onSearch: (text: string) => void;
  /** Filters placed after the search box; in a drawer on a phone. */
  children?: ReactNode;
  /** How many filters are set (shown on the phone's filter button). */
  activeFilters?: number;
}

export function ListToolbar({
  searchPlaceholder,
  onSearch,
  children,
  activeFilters = 0,
}: ListToolbarProps) {
  const phone = usePhoneScreen();
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={searchPlaceholder}
        aria-label={searchPlaceholder}
        onSearch={(text) => onSearch(text.trim())}
        style={{ width: phone ? 'auto' : 280, flex: phone ? '1 1 160px' : undefined }}
      />
      {children && <ResponsiveFilters active={activeFilters}>{children}</ResponsiveFilters>}
    </Flex>
  );
}
