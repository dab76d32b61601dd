import { edgeCaption, edgeDetailTexts, formatPercentage, formatPeriod } from '../edge-details';
import { employmentEdge, holdingEdge } from './fixtures';

describe('relationship details as text', () => {
  it.each([
    ['60.00', '60%'],
    ['12.50', '12.5%'],
    ['33.33', '33.33%'],
    ['0.00', '0%'],
    ['100', '100%'],
  ])('writes the share %j as %j', (value, expected) => {
    expect(formatPercentage(value)).toBe(expected);
  });

  it('writes a period with its open end left open', () => {
    expect(formatPeriod('2020-03-01', '2023-06-30')).toBe('2020-03-01 – 2023-06-30');
    expect(formatPeriod('2020-03-01', null)).toBe('2020-03-01 –');
    expect(formatPeriod(null, '2023-06-30')).toBe('– 2023-06-30');
    expect(formatPeriod(null, null)).toBeNull();
  });

  it('lists share, title and period, leaving out what the edge does not carry', () => {
    expect(edgeDetailTexts(holdingEdge())).toEqual(['60%']);
    expect(edgeDetailTexts(employmentEdge)).toEqual(['财务总监', '2020-03-01 –']);
    expect(edgeDetailTexts(holdingEdge({ percentage: null }))).toEqual([]);
  });

  it('captions a graph edge with its label in the console language, then its details', () => {
    expect(edgeCaption(holdingEdge(), 'zh-CN')).toBe('控股 · 60%');
    expect(edgeCaption(holdingEdge(), 'en')).toBe('Holds shares in · 60%');
    expect(edgeCaption(employmentEdge, 'en')).toBe('Works at · 财务总监 · 2020-03-01 –');
  });
});
