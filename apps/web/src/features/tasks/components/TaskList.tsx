import { useState } from 'react';
import type { CursorList } from '../../../shared/api/use-cursor-list';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import type { TaskParent } from '../task-parent';
import type { TaskResponse } from '../task-types';
import { TaskFormDrawer } from './TaskFormDrawer';
import { TasksTable } from './TasksTable';

interface TaskListProps {
  list: CursorList<TaskResponse>;
  /** The "new task" drawer is open (the caller owns the button that opens it). */
  creating: boolean;
  /** The drawer closed (saved or cancelled): the caller closes its "new task" state. */
  onCreateClosed: () => void;
  /** New tasks are about this record, and the table leaves out the record column. */
  parent?: TaskParent;
}

/** A keyset-paged task table with "load more" and the create / edit drawer. */
export function TaskList({ list, creating, onCreateClosed, parent }: TaskListProps) {
  const [editing, setEditing] = useState<TaskResponse | null>(null);
  return (
    <>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <TasksTable
        tasks={list.items}
        loading={list.isLoading}
        onEdit={setEditing}
        hideParent={Boolean(parent)}
      />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <TaskFormDrawer
        open={creating || editing !== null}
        task={editing}
        parent={parent}
        onClose={() => {
          onCreateClosed();
          setEditing(null);
        }}
      />
    </>
  );
}
