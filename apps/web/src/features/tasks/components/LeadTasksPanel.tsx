import { TasksPanel } from './TasksPanel';

/**
 * The lead's tasks on its page, open and done alike (soonest due first), with "new task"
 * linked to the lead; each task's changes are in the audit log and its reminders on the
 * lead's timeline.
 */
export function LeadTasksPanel({ lead }: { lead: { id: string; name: string } }) {
  return <TasksPanel parent={{ type: 'lead', id: lead.id, name: lead.name }} />;
}
