import { Button, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatListTotal } from '../api/list-total';
import type { CursorList } from '../api/use-cursor-list';
import { ListToolbar } from '../components/ListToolbar';
import { LoadMoreFooter } from '../components/LoadMoreFooter';
import { PageHeader } from '../components/PageHeader';
import { ProblemAlert } from '../components/ProblemAlert';

/** What the skeleton needs of the page state (see `useListPageState`). */
interface ListPageModel {
  list: CursorList<unknown>;
  search: string | undefined;
  setSearch: (text: string) => void;
  activeFilters: number;
  filtered: boolean;
  showAll: () => void;
}

interface ListPageProps {
  page: ListPageModel;
  title: string;
  subtitle?: string;
  /** Buttons of the page header (create, import...). */
  actions?: ReactNode;
  /** Without it the list has no search box. */
  searchPlaceholder?: string;
  /** The search box's width on a wide screen. */
  searchWidth?: number;
  /** Always shown after the search box, also on a phone (a saved-view picker). */
  beforeFilters?: ReactNode;
  /** Filter fields; in a drawer on a phone. */
  filters?: ReactNode;
  /** Buttons at the end of the toolbar (export, columns...). */
  toolbarActions?: ReactNode;
  /** The count of all matches, when the list sends one. */
  total?: { testId: string; text: (formatted: string, estimate: boolean) => string };
  /** Shown above the table while rows are ticked. */
  selectionBar?: ReactNode;
  /** The table's empty states; without them it shows the table's own. */
  empty?: {
    /** Nothing at all yet. */
    none: string;
    /** Offered when nothing at all yet (a create button). */
    action?: ReactNode;
    /** Nothing matches the search and filters (else the same as nothing at all). */
    noMatch?: string;
    /** The button that clears the search and filters. */
    showAll?: string;
  };
  /** The table, given what it shows when it has no rows (undefined: the table's own). */
  children: (emptyText: ReactNode) => ReactNode;
}

/**
 * The skeleton of a list page: header, toolbar (search, filters, actions), an error with
 * "retry", the total, the table with its empty states, and "load more".
 */
export function ListPage({
  page,
  title,
  subtitle,
  actions,
  searchPlaceholder,
  searchWidth = 280,
  beforeFilters,
  filters,
  toolbarActions,
  total,
  selectionBar,
  empty,
  children,
}: ListPageProps) {
  const { i18n } = useTranslation();
  const { list } = page;

  const emptyText = !empty ? undefined : list.isLoading ? (
    ' '
  ) : page.filtered && empty.noMatch ? (
    <Empty description={empty.noMatch}>
      <Button onClick={page.showAll}>{empty.showAll}</Button>
    </Empty>
  ) : (
    <Empty description={empty.none}>{empty.action}</Empty>
  );

  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <ListToolbar
        searchPlaceholder={searchPlaceholder}
        onSearch={page.setSearch}
        search={page.search}
        searchWidth={searchWidth}
        before={beforeFilters}
        activeFilters={page.activeFilters}
        actions={toolbarActions}
      >
        {filters}
      </ListToolbar>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      {total && list.total && (
        <Typography.Text
          type="secondary"
          data-testid={total.testId}
          style={{ display: 'block', marginBottom: 8 }}
        >
          {total.text(formatListTotal(list.total, i18n.language), list.total.estimate)}
        </Typography.Text>
      )}
      {selectionBar}
      {children(emptyText)}
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
