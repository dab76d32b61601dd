import { ValidationError } from '../errors/app-error';
import { etagOf, parseIfMatch } from './if-match';

describe('parseIfMatch', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ['7', 7],
    [' "4" ', 4],
  ])('reads %s as version %i', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it('treats a missing header and * as "the version I read"', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it.each(['"abc"', '"1", "2"', '-1', '"99999999999"'])('refuses %s', (header) => {
    expect(() => parseIfMatch(header)).toThrow(ValidationError);
  });

  it('round-trips with etagOf', () => {
    expect(parseIfMatch(etagOf(42))).toBe(42);
  });
});
