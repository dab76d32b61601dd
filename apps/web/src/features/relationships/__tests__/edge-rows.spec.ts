import { toEdgeRows } from '../edge-rows';
import { ACME, BLUE_SKY, blueSkyGraph, SECRET, WANG } from './fixtures';

describe('relationships as list rows', () => {
  it("puts the centre's own relationships first, each with both ends", () => {
    const rows = toEdgeRows(blueSkyGraph, 'zh-CN');
    const summary = rows.map((row) => [row.from?.id, row.label, row.to?.id, row.touchesCentre]);
    expect(summary.slice(0, 2)).toEqual(
      expect.arrayContaining([
        [ACME, '控股', BLUE_SKY, true],
        [WANG, '任职于', BLUE_SKY, true],
      ]),
    );
    expect(summary[2]).toEqual([SECRET, '控股', ACME, false]);
  });

  it('reads an incoming relationship from the centre too', () => {
    const holding = toEdgeRows(blueSkyGraph, 'en').find((row) => row.from?.id === ACME);
    expect(holding?.label).toBe('Holds shares in');
    expect(holding?.centreReading).toBe('Shares held by');
    expect(holding?.details).toEqual(['60%']);
  });

  it('needs no second reading when the centre is where the edge starts', () => {
    const fromAcme = toEdgeRows({ ...blueSkyGraph, rootId: ACME }, 'zh-CN');
    const holding = fromAcme.find((row) => row.to?.id === BLUE_SKY);
    expect(holding?.centreReading).toBeNull();
  });

  it('needs no second reading for a relationship that reads the same both ways', () => {
    const family = { ...blueSkyGraph, edges: [{ ...blueSkyGraph.edges[0], symmetric: true }] };
    expect(toEdgeRows(family, 'zh-CN')[0]?.centreReading).toBeNull();
  });

  it('keeps a hidden end as a node without a name', () => {
    const hidden = toEdgeRows(blueSkyGraph, 'zh-CN').find((row) => row.from?.id === SECRET);
    expect(hidden?.from).toEqual({ id: SECRET, readable: false });
  });
});
