import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import { useCustomerTagMutations } from '../hooks/use-customer-tag-mutations';
import type { TagChip } from '../tag-types';
import { TagChips } from './TagChips';
import { renderTagOption, useTagOptionGroups } from './TagSelect';

/** The API keeps at most this many tags on one customer. */
const MAX_TAGS_PER_CUSTOMER = 100;

/**
 * The customer's tags in the 360 header: removable chips and an "Add tag" picker for
 * those who may update the customer, read-only chips for everyone else.
 */
export function CustomerTagsEditor({ customer, permissions }: CustomerPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { replace } = useCustomerTagMutations();
  const [adding, setAdding] = useState(false);
  const current = customer.tags.map((tag) => tag.id);
  const { options, catalog } = useTagOptionGroups(current);

  if (!permissions.update) return <TagChips tags={customer.tags} />;

  const save = async (tagIds: string[], done: string) => {
    try {
      await replace.mutateAsync({ customerId: customer.id, tagIds });
      void message.success(done);
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };
  const add = (tagId: string) => {
    setAdding(false);
    const name = catalog.tagById(tagId)?.name ?? '';
    void save([...current, tagId], t('tags.editor.added', { name }));
  };
  const remove = (tag: TagChip) =>
    void save(
      current.filter((id) => id !== tag.id),
      t('tags.editor.removed', { name: tag.name }),
    );

  return (
    <Flex gap={8} wrap align="center">
      <TagChips tags={customer.tags} onRemove={replace.isPending ? undefined : remove} />
      {adding ? (
        <Select<string>
          autoFocus
          defaultOpen
          size="small"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('tags.editor.choose')}
          aria-label={t('tags.editor.choose')}
          options={options}
          optionRender={renderTagOption}
          loading={catalog.isLoading}
          notFoundContent={t('tags.editor.noMoreTags')}
          onChange={add}
          onBlur={() => setAdding(false)}
          style={{ width: 200 }}
        />
      ) : (
        current.length < MAX_TAGS_PER_CUSTOMER && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            loading={replace.isPending}
            onClick={() => setAdding(true)}
          >
            {t('tags.editor.add')}
          </Button>
        )
      )}
    </Flex>
  );
}
