import type { Graph, IElementEvent } from '@antv/g6';
import { Alert } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toG6Data } from '../graph-to-g6';
import type { RelationshipGraph } from '../relationship-api-types';

/** Tall enough for two rings of customers; shorter on a narrow (phone) screen. */
const CANVAS_HEIGHT = 'clamp(280px, 60vw, 420px)';
/** Narrower than this, the whole graph is always fitted in (a phone); wider, only when it spills. */
const NARROW = 600;

interface RelationshipGraphCanvasProps {
  graph: RelationshipGraph;
  /** A readable customer other than the centre was clicked. */
  onOpenCustomer: (customerId: string) => void;
}

/**
 * The relationship graph drawn with G6, centred on the customer. G6 is loaded on first
 * use, so only the 360 page pays for it; the edge list below is the accessible version.
 */
export function RelationshipGraphCanvas({ graph, onOpenCustomer }: RelationshipGraphCanvasProps) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const openCustomer = useRef(onOpenCustomer);
  const [failed, setFailed] = useState(false);
  const hiddenName = t('relationships.hiddenCustomer');
  const data = useMemo(
    () => toG6Data(graph, { language: i18n.language, hiddenName }),
    [graph, i18n.language, hiddenName],
  );
  const openable = useMemo(
    () =>
      new Set(
        graph.nodes.filter((node) => node.readable && node.id !== graph.rootId).map((n) => n.id),
      ),
    [graph],
  );

  useEffect(() => {
    openCustomer.current = onOpenCustomer;
  }, [onOpenCustomer]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let disposed = false;
    let drawn: Graph | undefined;
    let rendered = false;
    // The graph follows its panel (a tab, a column that stacks on a phone), not just the window.
    const observer = new ResizeObserver(([entry]) => {
      if (!drawn || !rendered || !entry) return;
      const { width, height } = entry.contentRect;
      if (width < 1 || height < 1) return;
      drawn.resize(width, height);
      void drawn.fitView(width < NARROW ? undefined : { when: 'overflow' });
    });
    observer.observe(element);
    const draw = async () => {
      const { Graph, NodeEvent } = await import('@antv/g6');
      if (disposed) return;
      drawn = new Graph({
        container: element,
        autoFit:
          element.clientWidth < NARROW ? 'view' : { type: 'view', options: { when: 'overflow' } },
        padding: 32,
        animation: false,
        data,
        layout: {
          type: 'radial',
          focusNode: graph.rootId,
          unitRadius: 220,
          linkDistance: 220,
          preventOverlap: true,
          nodeSize: 90,
        },
        behaviors: ['drag-canvas', 'zoom-canvas', 'drag-element'],
        transforms: ['process-parallel-edges'],
      });
      drawn.on(NodeEvent.CLICK, (event: IElementEvent) => {
        const id = String(event.target.id);
        if (openable.has(id)) openCustomer.current(id);
      });
      await drawn.render();
      rendered = true;
    };
    draw().catch(() => {
      if (!disposed) setFailed(true);
    });
    return () => {
      disposed = true;
      observer.disconnect();
      drawn?.destroy();
    };
  }, [data, graph.rootId, openable]);

  if (failed) return <Alert type="warning" showIcon title={t('relationships.graph.failed')} />;
  return (
    <div
      ref={container}
      role="img"
      aria-label={t('relationships.graph.label', {
        customers: String(graph.nodes.length),
        relationships: String(graph.edges.length),
      })}
      data-testid="relationship-graph"
      style={{
        height: CANVAS_HEIGHT,
        width: '100%',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        background: '#fafafa',
        overflow: 'hidden',
      }}
    />
  );
}
