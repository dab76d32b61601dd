import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PRIORITY_COLORS } from '../task-options';
import type { TaskPriority } from '../task-types';

export function TaskPriorityTag({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`tasks.priorities.${priority}`)}</Tag>;
}
