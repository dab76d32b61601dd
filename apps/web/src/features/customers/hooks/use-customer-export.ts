import { toApiProblemError } from '@kehu/contracts';
import { useMutation } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { fileNameFromDisposition, saveBlob } from '../../../shared/api/save-download';
import type { CustomerListQuery } from '../customer-types';

export type CustomerExportFormat = 'csv' | 'xlsx';

interface ExportInput {
  /** The list's filters and sort; paging does not apply to a file. */
  query: Omit<CustomerListQuery, 'limit' | 'cursor'>;
  format: CustomerExportFormat;
}

/** Downloads the customers a list query selects as a file; resolves to the saved file name. */
export function useCustomerExport() {
  return useMutation({
    mutationFn: async ({ query, format }: ExportInput): Promise<string> => {
      const { data, error, response } = await kehuClient.GET('/api/v1/customers/export', {
        // Times in the file are the user's local times.
        params: {
          query: { ...query, format, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone },
        },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw toApiProblemError(error, response);
      const fileName = fileNameFromDisposition(
        response.headers.get('content-disposition'),
        `customers.${format}`,
      );
      saveBlob(data, fileName);
      return fileName;
    },
  });
}
