import { asSubject } from '@kehu/domain';
import { App, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { FormModal } from '../../../shared/components/FormModal';
import { useSegmentMutations } from '../hooks/use-segment-mutations';
import { useSegmentOptions } from '../hooks/use-segment-options';
import { RequiredTextField } from '../../../shared/components/RequiredTextField';

interface AddToListValues {
  target: 'existing' | 'new';
  segmentId?: string;
  name?: string;
}

const FIELD_NAMES = ['target', 'segmentId', 'name'] as const;

interface AddToStaticSegmentModalProps {
  /** The selected customers; null when closed. */
  customerIds: string[] | null;
  onClose: () => void;
  onDone: () => void;
}

/** Adds the selected customers to a static list, an existing one or a new one. */
export function AddToStaticSegmentModal({
  customerIds,
  onClose,
  onDone,
}: AddToStaticSegmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const { segments } = useSegmentOptions();
  const { create, addMembers } = useSegmentMutations();
  const lists = segments.filter(
    (segment) =>
      segment.kind === 'static' &&
      ability.can('update', asSubject('Segment', { id: segment.id, ownerId: segment.ownerId })),
  );

  const submit = async ({ target, segmentId, name }: AddToListValues) => {
    if (!customerIds) return;
    const segment =
      target === 'new'
        ? await create.mutateAsync({ name: (name ?? '').trim(), kind: 'static' })
        : lists.find((list) => list.id === segmentId);
    if (!segment) return;
    const { added } = await addMembers.mutateAsync({ segmentId: segment.id, customerIds });
    void message.success(t('segments.addToList.done', { count: added, name: segment.name }));
    onDone();
    onClose();
  };

  return (
    <FormModal<AddToListValues>
      open={customerIds !== null}
      title={t('segments.addToList.title', { count: customerIds?.length ?? 0 })}
      okText={t('segments.addToList.submit')}
      fieldNames={FIELD_NAMES}
      initialValues={{ target: lists.length > 0 ? 'existing' : 'new' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="target">
        <Radio.Group
          options={[
            {
              value: 'existing',
              label: t('segments.addToList.existing'),
              disabled: lists.length === 0,
            },
            { value: 'new', label: t('segments.addToList.new') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['target']}>
        {({ getFieldValue }) =>
          getFieldValue('target') === 'new' ? (
            <RequiredTextField
              name="name"
              label={t('segments.fields.name')}
              maxLength={120}
              autoFocus
            />
          ) : (
            <Form.Item
              name="segmentId"
              label={t('segments.addToList.list')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={lists.map((list) => ({ value: list.id, label: list.name }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
    </FormModal>
  );
}
