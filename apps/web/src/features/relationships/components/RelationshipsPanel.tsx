import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import { toEdgeRows, type EdgeRow } from '../edge-rows';
import { useRelationshipGraph } from '../hooks/use-relationship-graph';
import { useRelationshipMutations } from '../hooks/use-relationship-mutations';
import { useRelationshipTypes } from '../hooks/use-relationship-types';
import type { RelationshipGraphEdge, RelationshipType } from '../relationship-api-types';
import { AddRelationshipDrawer } from './AddRelationshipDrawer';
import { EditRelationshipDrawer } from './EditRelationshipDrawer';
import { RelationshipEdgesTable, rowName } from './RelationshipEdgesTable';
import { RelationshipGraphCanvas } from './RelationshipGraphCanvas';

const DEPTHS = [1, 2, 3] as const;
type Depth = (typeof DEPTHS)[number];

/**
 * The customer's relationships on its 360 page: a graph up to three steps out, the same
 * edges as a list with edit and delete, and the form to add one.
 */
export function RelationshipsPanel({ customer, permissions }: CustomerPanelProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const [depth, setDepth] = useState<Depth>(1);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<{ row: EdgeRow; type: RelationshipType } | null>(null);
  const graph = useRelationshipGraph(customer.id, depth);
  const types = useRelationshipTypes();
  const { remove, restore } = useRelationshipMutations();
  const hidden = t('relationships.hiddenCustomer');

  const rows = useMemo(
    () => (graph.data ? toEdgeRows(graph.data, i18n.language) : []),
    [graph.data, i18n.language],
  );
  const rowById = useMemo(() => new Map(rows.map((row) => [row.edge.id, row])), [rows]);
  const typeById = useMemo(
    () => new Map((types.data ?? []).map((type) => [type.id, type])),
    [types.data],
  );

  const deleteEdge = useUndoableDelete<RelationshipGraphEdge>({
    remove: (edge) => remove.mutateAsync(edge),
    restore: async (edge) => {
      await restore.mutateAsync(edge);
    },
    nameOf: (edge) => {
      const row = rowById.get(edge.id);
      return row ? `${row.label}: ${rowName(row, hidden)}` : hidden;
    },
  });

  /*
   * The API lets a user change an edge when both ends are readable and they may update
   * its from-customer (either end of a symmetric one). Other customers' rules are not
   * known here, so the buttons follow this customer's rights, or the general right to
   * update customers; the API still decides, and a refusal is shown.
   */
  const mayChange = (row: EdgeRow): boolean => {
    if (!row.from?.readable || !row.to?.readable) return false;
    const startsHere = row.edge.fromId === customer.id;
    const endsHere = row.edge.toId === customer.id;
    if (startsHere || (row.edge.symmetric && endsHere)) return permissions.update;
    return ability.can('update', 'Customer');
  };

  const header = (
    <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
      <Flex align="center" gap={8}>
        <Typography.Text type="secondary" id="relationship-depth-label">
          {t('relationships.depth')}
        </Typography.Text>
        <Segmented<Depth>
          aria-labelledby="relationship-depth-label"
          value={depth}
          onChange={setDepth}
          options={DEPTHS.map((value) => ({
            value,
            label: String(value),
          }))}
        />
      </Flex>
      {permissions.update && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!types.data}
          onClick={() => setAdding(true)}
        >
          {t('relationships.add')}
        </Button>
      )}
    </Flex>
  );

  const body = () => {
    if (graph.isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (graph.error || !graph.data) {
      return <ProblemAlert error={graph.error} onRetry={() => void graph.refetch()} />;
    }
    if (graph.data.edges.length === 0) {
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('relationships.empty')} />;
    }
    return (
      <Flex vertical gap={16}>
        {graph.data.truncated && (
          <Alert type="info" showIcon title={t('relationships.truncated')} />
        )}
        <RelationshipGraphCanvas
          graph={graph.data}
          onOpenCustomer={(id) => void navigate(`/customers/${id}`)}
        />
        <Typography.Text type="secondary">{t('relationships.graph.help')}</Typography.Text>
        <RelationshipEdgesTable
          rows={rows}
          centreId={customer.id}
          onEdit={(row) => {
            const type = typeById.get(row.edge.typeId);
            const hasDetails = type && (type.hasPercentage || type.hasTitle || type.hasPeriod);
            return mayChange(row) && type && hasDetails
              ? () => setEditing({ row, type })
              : undefined;
          }}
          onDelete={(row) => (mayChange(row) ? () => deleteEdge(row.edge) : undefined)}
        />
      </Flex>
    );
  };

  return (
    <>
      {header}
      {types.error && <ProblemAlert error={types.error} onRetry={() => void types.refetch()} />}
      {body()}
      {types.data && (
        <AddRelationshipDrawer
          open={adding}
          customer={customer}
          types={types.data}
          onClose={() => setAdding(false)}
        />
      )}
      {editing && (
        <EditRelationshipDrawer
          key={editing.row.edge.id}
          row={editing.row}
          type={editing.type}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
