import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import type { CustomerPanelProps } from '../../customers/panels/customer-panel-registry';
import type { ContactResponse } from '../contact-types';
import { useContactMutations } from '../hooks/use-contact-mutations';
import { useCustomerContacts } from '../hooks/use-customer-contacts';
import { ContactFormDrawer } from './ContactFormDrawer';
import { ContactItem } from './ContactItem';

/**
 * A company's people (联系人) with their role, phones, emails and notes; on a person's
 * page, the companies they are a contact of. Changes need 'update' on the company.
 */
export function CustomerContactsPanel({ customer, permissions }: CustomerPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useCustomerContacts(customer.id);
  const { update, remove, restore } = useContactMutations();
  const [drawer, setDrawer] = useState<{ contact: ContactResponse | null } | null>(null);
  const company = customer.kind === 'company';
  const mayEdit = company && permissions.update;
  const nameOf = (contact: ContactResponse) =>
    (company ? contact.person.name : contact.company.name) ?? t('contacts.hiddenPerson');
  const deleteContact = useUndoableDelete<ContactResponse>({
    remove: (contact) => remove.mutateAsync(contact),
    restore: async (contact) => {
      await restore.mutateAsync(contact);
    },
    nameOf,
  });

  const makePrimary = async (contact: ContactResponse) => {
    try {
      await update.mutateAsync({ contact, changes: { primary: true } });
      void message.success(t('contacts.madePrimary', { name: nameOf(contact) }));
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  if (list.isLoading) return <Skeleton active paragraph={{ rows: 3 }} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">
          {company ? t('contacts.companyHelp') : t('contacts.personHelp')}
        </Typography.Text>
        {mayEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setDrawer({ contact: null })}>
            {t('contacts.add')}
          </Button>
        )}
      </Flex>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      {list.items.length === 0 && !list.error ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={company ? t('contacts.empty') : t('contacts.emptyPerson')}
        />
      ) : (
        <Flex
          vertical
          gap={8}
          component="ul"
          aria-label={t('contacts.panel')}
          style={{ margin: 0, padding: 0, listStyle: 'none' }}
        >
          {list.items.map((contact) => (
            <ContactItem
              key={contact.id}
              contact={contact}
              party={company ? contact.person : contact.company}
              onEdit={mayEdit ? () => setDrawer({ contact }) : undefined}
              onDelete={mayEdit ? () => deleteContact(contact) : undefined}
              onMakePrimary={mayEdit ? () => void makePrimary(contact) : undefined}
            />
          ))}
        </Flex>
      )}
      {list.hasMore && (
        <LoadMoreFooter
          shown={list.items.length}
          hasMore={list.hasMore}
          loading={list.isLoadingMore}
          onLoadMore={list.loadMore}
        />
      )}
      {mayEdit && (
        <ContactFormDrawer
          key={drawer?.contact ? `${drawer.contact.id}:${drawer.contact.version}` : 'new'}
          open={drawer !== null}
          company={customer}
          contact={drawer?.contact ?? null}
          firstContact={list.items.length === 0 && !list.hasMore}
          onClose={() => setDrawer(null)}
        />
      )}
    </Flex>
  );
}
