import { Select, type SelectProps } from 'antd';
import type { OwnerOption } from './use-owner-options';

type OwnerSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch'> & {
  /** From useOwnerOptions: the signed-in user first, then their colleagues. */
  owners: readonly OwnerOption[];
  /** How one person is named in the list; their name unless said otherwise. */
  ownerLabel?: (owner: OwnerOption) => string;
};

/** Picks a person to own or work on a record, searchable by name. */
export function OwnerSelect({ owners, ownerLabel, ...props }: OwnerSelectProps) {
  return (
    <Select<string>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      options={owners.map((owner) => ({
        value: owner.id,
        label: ownerLabel ? ownerLabel(owner) : owner.name,
      }))}
    />
  );
}
