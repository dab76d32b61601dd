import { asciiFilename, attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('sends a plain ASCII name as it is', () => {
    expect(attachmentDisposition('customers-2026-01-02.csv')).toBe(
      'attachment; filename="customers-2026-01-02.csv"',
    );
  });

  it('adds a UTF-8 filename* beside an ASCII stand-in for any other name', () => {
    expect(attachmentDisposition('客户名单-errors.csv')).toBe(
      'attachment; filename="_-errors.csv"; ' +
        "filename*=UTF-8''%E5%AE%A2%E6%88%B7%E5%90%8D%E5%8D%95-errors.csv",
    );
  });

  it('percent-encodes the characters RFC 5987 does not allow bare', () => {
    expect(attachmentDisposition("Café (O'Neil) *new*.csv")).toBe(
      `attachment; filename="Cafe (O'Neil) *new*.csv"; ` +
        "filename*=UTF-8''Caf%C3%A9%20%28O%27Neil%29%20%2Anew%2A.csv",
    );
  });

  it('never lets a quote, backslash or line break out of the quoted name', () => {
    expect(asciiFilename('a"b\\c\r\nd.csv')).toBe('a_b_c_d.csv');
    const header = attachmentDisposition('a"b\r\n.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain("filename*=UTF-8''a%22b%0D%0A.csv");
  });

  it('keeps the stand-in from being empty', () => {
    expect(asciiFilename('  ')).toBe('download');
  });
});
