import { toApiProblemError } from '@kehu/contracts';
import { fileNameFromDisposition, saveBlob } from './save-download';

/** What the typed client answers for a request read with `parseAs: 'blob'`. */
interface BlobAnswer {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/**
 * Saves a downloaded file under the name the server gave (or the fallback) and resolves
 * to that name; an error answer is thrown as its problem.
 */
export function saveResponseFile({ data, error, response }: BlobAnswer, fallback: string): string {
  if (!response.ok || !data) throw toApiProblemError(error, response);
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallback);
  saveBlob(data, fileName);
  return fileName;
}
