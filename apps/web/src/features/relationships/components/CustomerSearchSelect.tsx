import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerKindIcon } from '../../customers/components/CustomerKindIcon';
import type { CustomerKind } from '../../customers/customer-types';
import { useCustomerSearch } from '../hooks/use-customer-search';

interface CustomerOption {
  value: string;
  label: string;
  kind: CustomerKind;
}

interface CustomerSearchSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Offer only customers of this kind; null offers both. */
  kind: 'company' | 'person' | null;
  /** Never offered (the customer the relationship starts from). */
  excludeId: string;
}

/** Picks a customer by typing part of its name, number, phone or email. */
export function CustomerSearchSelect({
  id,
  value,
  onChange,
  kind,
  excludeId,
}: CustomerSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // The chosen customer stays labelled when a later search no longer finds it.
  const [chosen, setChosen] = useState<CustomerOption | null>(null);
  const { customers, searching } = useCustomerSearch(search, kind);

  const found = customers
    .filter((customer) => customer.id !== excludeId)
    .map((customer): CustomerOption => ({
      value: customer.id,
      label: `${customer.name} · ${customer.number}`,
      kind: customer.kind,
    }));
  const options =
    chosen && chosen.value === value && !found.some((option) => option.value === chosen.value)
      ? [chosen, ...found]
      : found;

  return (
    <Select<string>
      id={id}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      allowClear
      placeholder={t('relationships.form.otherPlaceholder')}
      onChange={(next) => {
        const option = options.find((candidate) => candidate.value === next);
        setChosen(option ?? null);
        onChange?.(next);
      }}
      notFoundContent={
        searching ? (
          <Spin size="small" />
        ) : (
          <Typography.Text type="secondary">
            {search.trim() === ''
              ? t('relationships.form.typeToSearch')
              : t('relationships.form.noMatch')}
          </Typography.Text>
        )
      }
      options={options}
      optionRender={(option) => {
        const data = option.data as CustomerOption;
        return (
          <Flex gap={6} align="center">
            <CustomerKindIcon kind={data.kind} />
            <span>{data.label}</span>
          </Flex>
        );
      }}
    />
  );
}
