import { english, zh } from '../../i18n/__tests__/fixed-translators';
import { timelineEventText } from '../timeline-event-text';

const event = (kind: string, summary: string, details: Record<string, unknown>) =>
  ({ kind, summary, details }) as Parameters<typeof timelineEventText>[1];

describe('timelineEventText', () => {
  it('says where an import row came from in the reader’s language, not the server’s words', () => {
    const imported = event('imported', 'leads.csv, row 7', { importId: 'i', rowNumber: 7 });
    expect(timelineEventText(zh, imported)).toBe('从 leads.csv 第 7 行导入。');
    expect(timelineEventText(english, imported)).toBe('Imported from leads.csv, row 7.');
    const updated = event('imported', '客户 2026.xlsx, row 12 (updated)', {
      rowNumber: 12,
      updated: true,
    });
    expect(timelineEventText(zh, updated)).toBe('由 客户 2026.xlsx 第 12 行的导入更新。');
    expect(timelineEventText(zh, event('imported', 'x', {}))).toBeNull();
  });

  it('says how a lead was assigned: by a rule, to the fallback queue, by hand', () => {
    const rule = event('assigned', 'East hot', { ruleName: 'East hot', strategy: 'round-robin' });
    expect(timelineEventText(zh, rule)).toBe('按规则「East hot」分配。');
    const fallback = event('assigned', 'fallback queue', { ruleName: null, strategy: 'fallback' });
    expect(timelineEventText(zh, fallback)).toBe('没有匹配的规则，进入兜底队列。');
    expect(timelineEventText(zh, fallback)).not.toMatch(/[a-z]/);
    const manual = event('assigned', 'manual', { ruleName: null, strategy: 'user' });
    expect(timelineEventText(english, manual)).toBe('Assigned manually.');
  });

  it('names lead statuses and conversions; other events keep their summary', () => {
    const status = event('status-changed', 'new → contacted', { from: 'new', to: 'contacted' });
    expect(timelineEventText(zh, status)).toMatch(/^状态由 \S+ 变更为 \S+。$/);
    expect(timelineEventText(zh, status)).not.toMatch(/new|contacted/);
    expect(timelineEventText(english, status)).toBe('Status changed from New to Contacted.');
    expect(timelineEventText(zh, event('converted', 'L-000001 王芳', { leadId: 'l1' }))).toBe(
      '由线索 L-000001 王芳 转化而来。',
    );
    expect(timelineEventText(english, event('converted', '王芳', { customerId: 'c1' }))).toBe(
      'Converted to a customer.',
    );
    expect(timelineEventText(zh, event('call', 'Talked', {}))).toBeNull();
  });
});
