import fc from 'fast-check';
import { neutralizeFormula } from './neutralize-formula';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx'])('escapes %j', (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('上海华腾科技有限公司')).toBe('上海华腾科技有限公司');
    expect(neutralizeFormula('C-000123')).toBe('C-000123');
  });

  it('never returns text that starts a formula', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(/^[=+\-@\t\r]/.test(neutralizeFormula(value))).toBe(false);
      }),
    );
  });
});
