import type { EdgeData, GraphData, NodeData } from '@antv/g6';
import { edgeCaption } from './edge-details';
import type {
  RelationshipGraph,
  RelationshipGraphEdge,
  RelationshipGraphNode,
} from './relationship-api-types';

/** Colours of the graph, from the console's Ant Design palette. */
export const GRAPH_COLORS = {
  company: '#1677ff',
  person: '#13a8a8',
  hidden: '#bfbfbf',
  centre: '#fa8c16',
  edge: '#8c8c8c',
} as const;

const NODE_SIZE = 40;
const CENTRE_SIZE = 56;

const svgIcon = (paths: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="#ffffff">${paths}</svg>`,
  )}`;

/** White pictograms drawn inside a node: a building for a company, a person for a person. */
const KIND_ICONS = {
  company: svgIcon(
    '<path d="M4 21V4l9-2v6l7 2v11h-6v-4h-4v4zm3-14v2h2V7zm0 4v2h2v-2zm4-4v2h2V7z"/>',
  ),
  person: svgIcon('<circle cx="12" cy="7.5" r="4.5"/><path d="M3 21c0-5 4-8 9-8s9 3 9 8z"/>'),
  hidden: svgIcon(
    '<path d="M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 11h2v2h-2zm1-8a3 3 0 0 1 3 3c0 2-3 2-3 4h-2c0-3 3-3 3-4a1 1 0 0 0-2 0H9a3 3 0 0 1 3-3z"/>',
  ),
} as const;

export interface G6DataOptions {
  language: string;
  /** Shown instead of the name of a customer the user may not read. */
  hiddenName: string;
}

/** What a node carries besides its drawing: enough to open the customer on a click. */
export interface RelationshipNodeData extends Record<string, unknown> {
  readable: boolean;
  centre: boolean;
}

function toNode(node: RelationshipGraphNode, rootId: string, hiddenName: string): NodeData {
  const centre = node.id === rootId;
  const look = node.readable && node.kind ? node.kind : 'hidden';
  const size = centre ? CENTRE_SIZE : NODE_SIZE;
  const data: RelationshipNodeData = { readable: node.readable, centre };
  return {
    id: node.id,
    data,
    style: {
      size,
      fill: GRAPH_COLORS[look],
      stroke: centre ? GRAPH_COLORS.centre : '#ffffff',
      lineWidth: centre ? 4 : 2,
      halo: centre,
      haloStroke: GRAPH_COLORS.centre,
      haloLineWidth: 10,
      haloStrokeOpacity: 0.25,
      iconSrc: KIND_ICONS[look],
      iconWidth: size * 0.5,
      iconHeight: size * 0.5,
      labelText: node.readable ? `${node.name ?? ''}\n${node.number ?? ''}` : hiddenName,
      labelPlacement: 'bottom',
      labelFontSize: 12,
      labelFontWeight: centre ? 700 : 400,
      labelFill: node.readable ? '#262626' : '#8c8c8c',
      labelMaxWidth: 180,
      cursor: node.readable && !centre ? 'pointer' : 'default',
    },
  };
}

function toEdge(edge: RelationshipGraphEdge, language: string): EdgeData {
  return {
    id: edge.id,
    source: edge.fromId,
    target: edge.toId,
    style: {
      stroke: GRAPH_COLORS.edge,
      lineWidth: 1.5,
      // Family reads the same both ways: no arrow head.
      endArrow: !edge.symmetric,
      endArrowSize: 8,
      labelText: edgeCaption(edge, language),
      labelFontSize: 11,
      labelFill: '#595959',
      labelBackground: true,
      labelBackgroundFill: '#ffffff',
      labelBackgroundOpacity: 0.9,
      labelPadding: [1, 4],
    },
  };
}

/**
 * The API's relationship graph as G6 data: customers as nodes coloured by kind (the centre
 * larger and ringed), relationships as directed, labelled edges.
 */
export function toG6Data(graph: RelationshipGraph, options: G6DataOptions): GraphData {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return {
    nodes: graph.nodes.map((node) => toNode(node, graph.rootId, options.hiddenName)),
    // An edge whose end fell beyond the node limit would have nothing to attach to.
    edges: graph.edges
      .filter((edge) => ids.has(edge.fromId) && ids.has(edge.toId))
      .map((edge) => toEdge(edge, options.language)),
  };
}
