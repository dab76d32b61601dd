import { Empty, Flex, Radio, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateMatchTags } from '../../customers/components/DuplicateMatchTags';
import type { CustomerResponse } from '../../customers/customer-types';
import { useDuplicateSuggestions, useMergeSearch } from '../hooks/use-merge-candidates';

interface MergeCandidatePickerProps {
  customer: CustomerResponse;
  otherId: string | null;
  onPick: (id: string) => void;
}

/** Step one: the duplicate to merge, from the duplicate check's suggestions or a search. */
export function MergeCandidatePicker({ customer, otherId, onPick }: MergeCandidatePickerProps) {
  const { t } = useTranslation();
  const suggestions = useDuplicateSuggestions(customer, true);
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const found = useMergeSearch(customer, search, true);
  const suggested = suggestions.data ?? [];

  return (
    <Flex vertical gap={20}>
      <section aria-label={t('customerMerge.pick.suggested')}>
        <Typography.Title level={5}>{t('customerMerge.pick.suggested')}</Typography.Title>
        {suggestions.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        ) : suggested.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('customerMerge.pick.noSuggestions')}
          />
        ) : (
          <Radio.Group
            value={searched === null ? otherId : null}
            onChange={(event) => {
              setSearched(null);
              onPick(String(event.target.value));
            }}
            style={{ width: '100%' }}
          >
            <Flex vertical gap={8}>
              {suggested.map((candidate) => (
                <Radio key={candidate.id} value={candidate.id} data-candidate={candidate.number}>
                  <Flex gap={8} align="baseline" wrap>
                    <Typography.Text code>{candidate.number}</Typography.Text>
                    <Typography.Text strong>{candidate.name}</Typography.Text>
                    <DuplicateMatchTags candidate={candidate} showBlocking={false} />
                    <Typography.Text type="secondary">
                      {t('customers.duplicates.ownedBy', {
                        owner: candidate.owner?.name ?? t('customers.noOwner'),
                      })}
                    </Typography.Text>
                  </Flex>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        )}
      </section>
      <section>
        <Typography.Title level={5}>{t('customerMerge.pick.search')}</Typography.Title>
        <Select
          style={{ width: '100%' }}
          aria-label={t('customerMerge.pick.search')}
          placeholder={t('customerMerge.pick.searchPlaceholder')}
          value={searched}
          showSearch={{ filterOption: false, onSearch: setSearch }}
          loading={found.loading}
          notFoundContent={
            search.trim() === ''
              ? t('customerMerge.pick.typeToSearch')
              : t('customerMerge.pick.none')
          }
          onChange={(id: string) => {
            setSearched(id);
            onPick(id);
          }}
          options={found.results.map((other) => ({
            value: other.id,
            label: `${other.number} · ${other.name}`,
          }))}
        />
      </section>
    </Flex>
  );
}
