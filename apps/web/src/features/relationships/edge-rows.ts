import { edgeDetailTexts } from './edge-details';
import { localizedText } from './localized-text';
import type {
  RelationshipGraph,
  RelationshipGraphEdge,
  RelationshipGraphNode,
} from './relationship-api-types';

/** One relationship as the list view shows it: both ends, the label and its details. */
export interface EdgeRow {
  edge: RelationshipGraphEdge;
  from: RelationshipGraphNode | undefined;
  to: RelationshipGraphNode | undefined;
  /** As the from-customer reads it ("Holds shares in"). */
  label: string;
  /** As the centre customer reads it when it is the to-end ("Shares held by"); else null. */
  centreReading: string | null;
  details: string[];
  /** The centre customer is one of the ends (the other rows are further away). */
  touchesCentre: boolean;
}

/** The graph's edges as list rows: the centre's own relationships first, then the rest. */
export function toEdgeRows(graph: RelationshipGraph, language: string): EdgeRow[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const rows = graph.edges.map((edge): EdgeRow => {
    const touchesCentre = edge.fromId === graph.rootId || edge.toId === graph.rootId;
    const readFromTo = edge.toId === graph.rootId && !edge.symmetric;
    return {
      edge,
      from: nodes.get(edge.fromId),
      to: nodes.get(edge.toId),
      label: localizedText(edge.label, language),
      centreReading: readFromTo ? localizedText(edge.inverseLabel, language) : null,
      details: edgeDetailTexts(edge),
      touchesCentre,
    };
  });
  return rows.sort(
    (a, b) => Number(b.touchesCentre) - Number(a.touchesCentre) || a.label.localeCompare(b.label),
  );
}
