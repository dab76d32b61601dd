import { countPlanOf, EXACT_TOTAL_MAX_COST, totalOf } from './customers.repository';

describe('the list total', () => {
  const counting = (count: number) => jest.fn(() => Promise.resolve(count));

  it('counts exactly when the planner expects a cheap count that stays within the limit', async () => {
    const count = counting(3);
    await expect(totalOf({ rows: 40, cost: 12 }, count)).resolves.toEqual({
      total: 3,
      totalIsEstimate: false,
    });
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('answers the planner’s estimate, never below the limit, when a cheap count reaches it', async () => {
    await expect(totalOf({ rows: 9_000, cost: 600 }, counting(10_001))).resolves.toEqual({
      total: 10_001,
      totalIsEstimate: true,
    });
    await expect(totalOf({ rows: 58_700.4, cost: 600 }, counting(10_001))).resolves.toEqual({
      total: 58_700,
      totalIsEstimate: true,
    });
  });

  it('does not count when the planner expects the count to read too much, however few match', async () => {
    const count = counting(300);
    await expect(totalOf({ rows: 438, cost: EXACT_TOTAL_MAX_COST + 1 }, count)).resolves.toEqual({
      total: 438,
      totalIsEstimate: true,
    });
    expect(count).not.toHaveBeenCalled();
  });

  it('reads the matches under the limit and the cost of the whole capped count', () => {
    const plan = {
      'Node Type': 'Aggregate',
      'Total Cost': 13_878.79,
      'Plan Rows': 1,
      Plans: [
        {
          'Node Type': 'Limit',
          'Total Cost': 13_873.3,
          'Plan Rows': 438,
          Plans: [{ 'Node Type': 'Seq Scan', 'Total Cost': 13_873.3, 'Plan Rows': 438 }],
        },
      ],
    };
    expect(countPlanOf(plan)).toEqual({ rows: 438, cost: 13_878.79 });
    const limited = {
      'Node Type': 'Aggregate',
      'Total Cost': 604.22,
      'Plan Rows': 1,
      Plans: [
        {
          'Node Type': 'Limit',
          'Total Cost': 479.19,
          'Plan Rows': 10_001,
          Plans: [{ 'Node Type': 'Index Only Scan', 'Total Cost': 4_747.97, 'Plan Rows': 99_170 }],
        },
      ],
    };
    expect(countPlanOf(limited)).toEqual({ rows: 99_170, cost: 604.22 });
  });
});
