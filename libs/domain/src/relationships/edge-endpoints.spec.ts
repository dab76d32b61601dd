import fc from 'fast-check';
import { storedEndpoints } from './edge-endpoints';

describe('storedEndpoints', () => {
  it('keeps the direction of a directed relationship', () => {
    expect(storedEndpoints(false, 'b', 'a')).toEqual({ fromId: 'b', toId: 'a' });
  });

  it('stores (a, b) and (b, a) of a symmetric relationship as the same edge', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        expect(storedEndpoints(true, a, b)).toEqual(storedEndpoints(true, b, a));
        const { fromId, toId } = storedEndpoints(true, a, b);
        expect([fromId, toId].sort()).toEqual([a, b].sort());
        expect(fromId <= toId).toBe(true);
      }),
    );
  });
});
