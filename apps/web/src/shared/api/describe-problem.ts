import { isApiProblemError } from '@kehu/contracts';
import type { TFunction } from 'i18next';

export interface ProblemDescription {
  message: string;
  detail?: string;
}

/** A sentence in the user's language for a failed call, with the server's detail when useful. */
export function describeProblem(t: TFunction, error: unknown): ProblemDescription {
  if (!isApiProblemError(error)) return { message: t('errors.network') };
  const detail = error.detail && error.detail !== error.title ? error.detail : undefined;
  const { status } = error;
  if (status === 400 || status === 422) return { message: t('errors.badRequest'), detail };
  if (status === 403) return { message: t('errors.forbidden'), detail };
  if (status === 404) return { message: t('errors.notFound') };
  if (status === 409) return { message: t('errors.conflict'), detail };
  if (status === 412) return { message: t('errors.staleVersion') };
  if (status === 429) return { message: t('errors.rateLimited') };
  if (status >= 500) return { message: t('errors.server') };
  return { message: error.title, detail };
}
