import { GRAPH_COLORS, toG6Data } from '../graph-to-g6';
import { ACME, BLUE_SKY, blueSkyGraph, SECRET, WANG } from './fixtures';

const options = { language: 'zh-CN', hiddenName: '无权查看的客户' };

describe('the relationship graph as G6 data', () => {
  const data = toG6Data(blueSkyGraph, options);
  const node = (id: string) => data.nodes?.find((candidate) => candidate.id === id);

  it('has one node per customer and one directed edge per relationship', () => {
    expect(data.nodes?.map((candidate) => candidate.id)).toEqual([BLUE_SKY, ACME, WANG, SECRET]);
    expect(data.edges?.map((edge) => [edge.source, edge.target])).toEqual([
      [ACME, BLUE_SKY],
      [WANG, BLUE_SKY],
      [SECRET, ACME],
    ]);
    expect(data.edges?.every((edge) => edge.style?.endArrow === true)).toBe(true);
  });

  it('highlights the centre: larger, ringed, and not a link to itself', () => {
    expect(node(BLUE_SKY)?.style).toMatchObject({
      stroke: GRAPH_COLORS.centre,
      halo: true,
      cursor: 'default',
    });
    expect(Number(node(BLUE_SKY)?.style?.size)).toBeGreaterThan(Number(node(ACME)?.style?.size));
    expect(node(BLUE_SKY)?.data).toEqual({ readable: true, centre: true });
    expect(node(ACME)?.style).toMatchObject({ halo: false, cursor: 'pointer' });
  });

  it('colours customers by kind and names them with their number', () => {
    expect(node(ACME)?.style).toMatchObject({
      fill: GRAPH_COLORS.company,
      labelText: 'Acme 集团\nC-000001',
    });
    expect(node(WANG)?.style?.fill).toBe(GRAPH_COLORS.person);
  });

  it('never names a customer the user may not read', () => {
    expect(node(SECRET)?.style).toMatchObject({
      fill: GRAPH_COLORS.hidden,
      labelText: '无权查看的客户',
      cursor: 'default',
    });
    expect(node(SECRET)?.data).toEqual({ readable: false, centre: false });
  });

  it('labels edges with the type and details in the console language', () => {
    expect(data.edges?.[0]?.style?.labelText).toBe('控股 · 60%');
    expect(
      toG6Data(blueSkyGraph, { ...options, language: 'en' }).edges?.[1]?.style?.labelText,
    ).toBe('Works at · 财务总监 · 2020-03-01 –');
  });

  it('draws a symmetric relationship without an arrow head', () => {
    const family = {
      ...blueSkyGraph,
      edges: [{ ...blueSkyGraph.edges[1], symmetric: true }],
    };
    expect(toG6Data(family, options).edges?.[0]?.style?.endArrow).toBe(false);
  });

  it('leaves out an edge whose end is not among the nodes (beyond the node limit)', () => {
    const cut = { ...blueSkyGraph, nodes: blueSkyGraph.nodes.slice(0, 3), truncated: true };
    expect(toG6Data(cut, options).edges?.map((edge) => edge.id)).toEqual([
      blueSkyGraph.edges[0]?.id,
      blueSkyGraph.edges[1]?.id,
    ]);
  });
});
