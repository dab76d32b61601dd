import { type ApiLanguage, fromAcceptLanguage } from '../i18n/request-language';
import type { ProblemDetails } from './problem-details';
import { toChinese, ZH_TITLES } from './problem-messages.zh-CN';

/**
 * The language of a request's problem texts: the `Accept-Language` header's preferred
 * supported language, else English (the language the texts are written in).
 */
export function problemLanguage(acceptLanguage: string | string[] | undefined): ApiLanguage {
  return fromAcceptLanguage(acceptLanguage) ?? 'en';
}

/**
 * A problem with its human texts (`title`, `detail`, each field error's `message`) in the
 * given language. `type`, `status`, field names and extension members do not change, so
 * a client can still tell problems apart by code whatever the language.
 */
export function localizeProblem(problem: ProblemDetails, language: ApiLanguage): ProblemDetails {
  if (language === 'en') return problem;
  return {
    ...problem,
    title: ZH_TITLES[problem.status] ?? problem.title,
    detail: toChinese(problem.detail),
    ...(problem.errors
      ? {
          errors: problem.errors.map((error) => ({ ...error, message: toChinese(error.message) })),
        }
      : {}),
  };
}
