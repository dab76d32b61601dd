import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';

interface ListToolbarProps {
  searchPlaceholder: string;
  onSearch: (text: string) => void;
  /** Filters placed after the search box. */
  children?: ReactNode;
}

export function ListToolbar({ searchPlaceholder, onSearch, children }: ListToolbarProps) {
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={searchPlaceholder}
        aria-label={searchPlaceholder}
        onSearch={(text) => onSearch(text.trim())}
        style={{ width: 280 }}
      />
      {children}
    </Flex>
  );
}
