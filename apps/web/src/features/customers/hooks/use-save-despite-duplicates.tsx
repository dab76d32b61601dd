import { App, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DuplicateCandidateList } from '../components/DuplicateCandidateList';
import type { DuplicateCandidate } from '../customer-types';
import { duplicatesOfConflict, rankCandidates } from '../duplicate-problem';

/**
 * Saving where the server may answer that similar records exist (409): a blocking one
 * refuses the save (`onRefused` gets the ranked candidates); otherwise the user is asked,
 * and on yes the save runs again acknowledging them. The returned function resolves to the
 * saved record, or null when nothing was saved.
 */
export function useSaveDespiteDuplicates(confirmBody: string) {
  const { t } = useTranslation();
  const { modal } = App.useApp();

  const confirmDuplicates = (similar: DuplicateCandidate[]) =>
    modal.confirm({
      title: t('customers.duplicates.confirmTitle', { count: similar.length }),
      content: (
        <Flex vertical gap={12} style={{ marginTop: 8 }}>
          {confirmBody}
          <DuplicateCandidateList candidates={similar} />
        </Flex>
      ),
      okText: t('customers.duplicates.saveAnyway'),
      cancelText: t('customers.duplicates.reviewFirst'),
      width: 560,
    });

  return async <T,>(
    save: (acknowledgeDuplicates: boolean) => Promise<T>,
    onRefused: (ranked: DuplicateCandidate[]) => void,
  ): Promise<T | null> => {
    try {
      return await save(false);
    } catch (error) {
      const duplicates = duplicatesOfConflict(error);
      if (!duplicates) throw error;
      const ranked = rankCandidates(duplicates);
      if (ranked.some((candidate) => candidate.blocking)) {
        onRefused(ranked);
        return null;
      }
      if (!(await confirmDuplicates(ranked))) return null;
      return save(true);
    }
  };
}
