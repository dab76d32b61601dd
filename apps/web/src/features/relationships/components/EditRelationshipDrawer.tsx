import { unwrap } from '@kehu/contracts';
import { App, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kehuClient } from '../../../shared/api/kehu-client';
import { RecordFormDrawer } from '../../../shared/components/RecordFormDrawer';
import type { EdgeRow } from '../edge-rows';
import { useRelationshipMutations } from '../hooks/use-relationship-mutations';
import type { RelationshipGraphEdge, RelationshipType } from '../relationship-api-types';
import {
  toDetailValues,
  toUpdateRelationship,
  type RelationshipDetailValues,
} from '../relationship-draft';
import { relationshipProblemOf, type RelationshipProblem } from '../relationship-problem';
import { RelationshipDetailFields } from './RelationshipDetailFields';
import { RelationshipProblemAlert } from './RelationshipProblemAlert';
import { rowName } from './RelationshipEdgesTable';

const FIELD_NAMES = ['percentage', 'title', 'startsOn', 'endsOn'] as const;

type EditedEdge = Pick<
  RelationshipGraphEdge,
  'id' | 'fromId' | 'toId' | 'version' | 'percentage' | 'title' | 'startsOn' | 'endsOn'
>;

interface EditRelationshipDrawerProps {
  row: EdgeRow;
  type: RelationshipType;
  onClose: () => void;
}

/** Changes the details of a relationship (share, title, period); its ends and type stay. */
export function EditRelationshipDrawer({ row, type, onClose }: EditRelationshipDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useRelationshipMutations();
  const latest = useRef<EditedEdge>(row.edge);
  const [problem, setProblem] = useState<RelationshipProblem | null>(null);

  const submit = async (values: RelationshipDetailValues) => {
    setProblem(null);
    const edge = latest.current;
    try {
      await update.mutateAsync({ edge, changes: toUpdateRelationship(type, values) });
    } catch (error) {
      const known = relationshipProblemOf(error);
      if (!known) throw error;
      setProblem(known);
      return;
    }
    void message.success(t('common.saved'));
    onClose();
  };

  const reload = async () => {
    latest.current = unwrap(
      await kehuClient.GET('/api/v1/relationships/{id}', { params: { path: { id: row.edge.id } } }),
    );
    return toDetailValues({ ...row.edge, ...latest.current });
  };

  return (
    <RecordFormDrawer<RelationshipDetailValues>
      open
      title={t('relationships.editTitle')}
      fieldNames={FIELD_NAMES}
      initialValues={toDetailValues(row.edge)}
      onSubmit={submit}
      onStaleVersion={reload}
      onClose={onClose}
    >
      {problem && <RelationshipProblemAlert problem={problem} />}
      <Typography.Paragraph>
        <Typography.Text strong>{row.label}</Typography.Text>
        {' · '}
        {rowName(row, t('relationships.hiddenCustomer'))}
      </Typography.Paragraph>
      <RelationshipDetailFields type={type} />
    </RecordFormDrawer>
  );
}
