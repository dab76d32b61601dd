import { useMutation } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { saveResponseFile } from '../../../shared/api/save-response-file';
import type { ExportFormat } from '../../../shared/components/ExportMenuButton';
import type { LeadListQuery } from '../lead-types';

interface LeadExportInput {
  /** The list's filters and sort; paging does not apply to a file. */
  query: Omit<LeadListQuery, 'limit' | 'cursor'>;
  format: ExportFormat;
}

/** Downloads the leads a list query selects as a file; resolves to the saved file name. */
export function useLeadExport() {
  return useMutation({
    mutationFn: async ({ query, format }: LeadExportInput): Promise<string> =>
      saveResponseFile(
        await kehuClient.GET('/api/v1/leads/export', {
          // Times in the file are the user's local times.
          params: {
            query: { ...query, format, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone },
          },
          parseAs: 'blob',
        }),
        `leads.${format}`,
      ),
  });
}
