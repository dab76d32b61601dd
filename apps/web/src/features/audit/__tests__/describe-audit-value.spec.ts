import { en } from '../../../shared/i18n/locales/en';
import { zhCN } from '../../../shared/i18n/locales/zh-CN';
import { describeAuditValue } from '../components/format-audit-value';
import { auditFieldLabel } from '../components/use-audit-labels';

function labels(resource: unknown) {
  return (key: string): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
        resource,
      );
    return typeof found === 'string' ? found : undefined;
  };
}

const zh = { label: labels(zhCN), language: 'zh-CN' };
const english = { label: labels(en), language: 'en' };

describe('audit values in the user’s language', () => {
  it('shows enum codes as their labels, per record type', () => {
    expect(describeAuditValue('customer', 'tier', 'loyal', zh)).toBe('忠诚');
    expect(describeAuditValue('customer', 'tier', 'loyal', english)).toBe('Loyal');
    expect(describeAuditValue('customer', 'roles', ['customer', 'supplier'], zh)).toBe(
      '客户、供应商',
    );
    expect(describeAuditValue('user', 'roles', ['admin', 'sales_rep'], zh)).toBe(
      '管理员、销售代表',
    );
    expect(describeAuditValue('lead', 'status', 'qualified', zh)).toBe('已确认');
    expect(describeAuditValue('task', 'status', 'in-progress', zh)).toBe('进行中');
    expect(describeAuditValue('segment', 'kind', 'dynamic', zh)).toBe(zhCN.segments.kinds.dynamic);
    expect(describeAuditValue('api-key', 'role', 'viewer', english)).toBe('Viewer');
  });

  it('shows booleans, times, amounts and contact points readably', () => {
    expect(describeAuditValue('contact', 'isPrimary', true, zh)).toBe('是');
    expect(describeAuditValue('contact', 'isPrimary', false, english)).toBe('No');
    expect(describeAuditValue('lead', 'nextFollowUpAt', '2026-03-01T16:30:00.000Z', zh)).toMatch(
      /^2026-03-0[12] \d{2}:30$/,
    );
    expect(describeAuditValue('customer', 'creditLimit', '1234567.5', english)).toBe(
      '1,234,567.50',
    );
    expect(
      describeAuditValue(
        'customer',
        'phones',
        [{ type: 'mobile', value: '13800138000', primary: true }],
        zh,
      ),
    ).toBe('手机 13800138000 (主要)');
    expect(
      describeAuditValue(
        'customer',
        'addresses',
        [{ type: 'office', city: '上海', street: '世纪大道 1 号' }],
        zh,
      ),
    ).toBe(`${zhCN.customers.addressTypes.office} 上海 世纪大道 1 号`);
  });

  it('keeps unknown codes and plain text as they are, and empty as empty', () => {
    expect(describeAuditValue('customer', 'tier', 'someday', zh)).toBe('someday');
    expect(describeAuditValue('customer', 'name', '上海华腾', zh)).toBe('上海华腾');
    expect(describeAuditValue('customer', 'name', '', zh)).toBeNull();
    expect(describeAuditValue('customer', 'roles', [], zh)).toBeNull();
  });

  it('names fields by the record type’s own labels', () => {
    expect(auditFieldLabel('customer', 'tier', zh.label)).toBe(zhCN.customers.fields.tier);
    expect(auditFieldLabel('customer', 'ownerId', zh.label)).toBe(zhCN.customers.fields.owner);
    expect(auditFieldLabel('lead', 'name', zh.label)).toBe(zhCN.leads.fields.name);
    expect(auditFieldLabel('customer', 'mergedIntoId', english.label)).toBe('Merged into');
    expect(auditFieldLabel('user', 'roles', english.label)).toBe('Roles');
    expect(auditFieldLabel('mystery', 'weird', zh.label)).toBe('weird');
  });
});
