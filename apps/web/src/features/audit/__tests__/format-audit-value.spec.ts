import { formatAuditValue } from '../components/format-audit-value';

describe('audit values', () => {
  it('shows text, numbers, booleans and lists of text as they are', () => {
    expect(formatAuditValue('East')).toBe('East');
    expect(formatAuditValue(3)).toBe('3');
    expect(formatAuditValue(false)).toBe('false');
    expect(formatAuditValue(['admin', 'viewer'])).toBe('admin, viewer');
  });

  it('treats missing and empty values as empty', () => {
    expect(formatAuditValue(null)).toBeNull();
    expect(formatAuditValue(undefined)).toBeNull();
    expect(formatAuditValue('')).toBeNull();
  });

  it('shows markup as plain text and objects as JSON', () => {
    expect(formatAuditValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(formatAuditValue({ city: '上海' })).toBe('{"city":"上海"}');
  });
});
