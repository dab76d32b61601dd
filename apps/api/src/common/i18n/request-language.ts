/** The languages the API answers in: problem details and exports. */
export const API_LANGUAGES = ['zh-CN', 'en'] as const;
export type ApiLanguage = (typeof API_LANGUAGES)[number];

/** Exports show times in the caller's zone; users store none yet, so China time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** `zh`, `zh-CN`, `zh-Hans-CN`… → zh-CN; `en`, `en-GB`… → en; anything else → null. */
export function toApiLanguage(value: string | null | undefined): ApiLanguage | null {
  const tag = value?.trim().toLowerCase();
  if (!tag) return null;
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return null;
}

/**
 * The supported language an `Accept-Language` header prefers most (by q-value, then by
 * order), or null when it names none of them. `*` alone names none: the caller has no
 * preference and the endpoint's own default applies.
 */
export function fromAcceptLanguage(header: string | string[] | undefined): ApiLanguage | null {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return null;
  const ranges = text
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { language: toApiLanguage(tag), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.language !== null && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranges[0]?.language ?? null;
}
