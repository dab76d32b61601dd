import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { fileNameFromDisposition, saveBlob } from '../../../shared/api/save-download';
import { uploadFile } from '../../../shared/api/upload-file';
import type { ImportTargetSpec } from '../import-targets';
import type { ImportEncoding, ImportJob, ImportPreview, StartImportRequest } from '../import-types';
import { importQueryKeys } from './import-query-keys';

/** The error report's plain `filename="…"` is percent-encoded by the API. */
function percentDecoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

interface StartInput {
  job: ImportJob;
  request: StartImportRequest;
}

/** Upload (with progress), start, and the error report of the imports of one target. */
export function useImportActions(spec: ImportTargetSpec) {
  const queryClient = useQueryClient();
  const [uploadPercent, setUploadPercent] = useState(0);

  const upload = useMutation({
    mutationFn: (file: File): Promise<ImportPreview> => {
      setUploadPercent(0);
      return uploadFile(spec.uploadPath, file, { onProgress: setUploadPercent });
    },
    onSuccess: (preview) => {
      setUploadPercent(100);
      queryClient.setQueryData(importQueryKeys.detail(preview.id), preview);
    },
  });

  /** Reads the uploaded CSV file again in another encoding: new headers and sample rows. */
  const reread = useMutation({
    mutationFn: async ({ job, encoding }: { job: ImportJob; encoding: ImportEncoding }) =>
      unwrap(
        await kehuClient.POST('/api/v1/imports/{id}/preview', {
          ...versionedRecord(job),
          body: { encoding },
        }),
      ),
    onSuccess: (preview) => queryClient.setQueryData(importQueryKeys.detail(preview.id), preview),
    onError: (_error, { job }) =>
      queryClient.invalidateQueries({ queryKey: importQueryKeys.detail(job.id) }),
  });

  const start = useMutation({
    mutationFn: async ({ job, request }: StartInput) =>
      unwrap(
        await kehuClient.POST('/api/v1/imports/{id}/start', {
          ...versionedRecord(job),
          body: request,
        }),
      ),
    onSuccess: (job) => queryClient.setQueryData(importQueryKeys.detail(job.id), job),
    // Started elsewhere meanwhile (409/412): show the import as it now is.
    onError: (_error, { job }) =>
      queryClient.invalidateQueries({ queryKey: importQueryKeys.detail(job.id) }),
  });

  const downloadErrors = useMutation({
    mutationFn: async (job: ImportJob) => {
      const result = await kehuClient.GET('/api/v1/imports/{id}/errors.csv', {
        params: { path: { id: job.id } },
        parseAs: 'blob',
      });
      const fallback = `${job.filename.replace(/\.[^.]+$/, '')}-errors.csv`;
      const name = fileNameFromDisposition(
        result.response.headers.get('Content-Disposition'),
        fallback,
      );
      saveBlob(unwrap(result), percentDecoded(name));
    },
  });

  /** The imported records are in the lists once an import has finished. */
  const refreshList = useCallback(
    () => queryClient.invalidateQueries({ queryKey: spec.listQueryKey }),
    [queryClient, spec.listQueryKey],
  );

  return { upload, uploadPercent, reread, start, downloadErrors, refreshList };
}
