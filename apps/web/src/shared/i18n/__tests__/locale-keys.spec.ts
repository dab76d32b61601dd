import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function valueAt(resource: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resource);
}

describe('translation files', () => {
  it('zh-CN and English define exactly the same keys', () => {
    expect(keyPaths(zhCN).sort()).toEqual(keyPaths(en).sort());
  });

  it('no translation is empty', () => {
    for (const resource of [en, zhCN]) {
      for (const path of keyPaths(resource)) {
        expect(String(valueAt(resource, path)).trim()).not.toBe('');
      }
    }
  });

  it('both languages use the same interpolation placeholders', () => {
    for (const path of keyPaths(en)) {
      expect(placeholders(String(valueAt(zhCN, path)))).toEqual(
        placeholders(String(valueAt(en, path))),
      );
    }
  });
});
