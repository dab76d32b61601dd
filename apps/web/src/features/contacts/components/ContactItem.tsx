import {
  MailOutlined,
  PhoneOutlined,
  StarFilled,
  StarOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RowActions } from '../../../shared/components/RowActions';
import { CustomFieldInlineValues } from '../../../shared/custom-fields/CustomFieldInlineValues';
import type { ContactParty, ContactResponse } from '../contact-types';

interface ContactItemProps {
  contact: ContactResponse;
  /** The other side of the contact: the person on a company's page, the company on a person's. */
  party: ContactParty;
  onEdit?: () => void;
  onDelete?: () => Promise<void>;
  onMakePrimary?: () => void;
}

function PartyName({ party }: { party: ContactParty }) {
  const { t } = useTranslation();
  if (!party.readable || !party.name) {
    return <Typography.Text type="secondary">{t('contacts.hiddenPerson')}</Typography.Text>;
  }
  return (
    <Link to={`/customers/${party.id}`}>
      <Typography.Text strong>{party.name}</Typography.Text>
    </Link>
  );
}

/** One person at a company: role, how to reach them, notes, and what the user may do. */
export function ContactItem({ contact, party, onEdit, onDelete, onMakePrimary }: ContactItemProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const role = [contact.title, contact.department].filter(Boolean).join(' · ');
  const phones = party.phones ?? [];
  const emails = party.emails ?? [];
  const name = party.name ?? t('contacts.hiddenPerson');

  return (
    <Flex
      component="li"
      gap={12}
      align="flex-start"
      data-contact={party.number ?? party.id}
      style={{
        padding: 12,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <Avatar icon={<UserOutlined />} style={{ flex: 'none' }} />
      <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={8} align="center" wrap>
          <PartyName party={party} />
          {party.number && <Typography.Text type="secondary">{party.number}</Typography.Text>}
          {contact.primary && (
            <Tag color="gold" icon={<StarFilled />} style={{ marginInlineEnd: 0 }}>
              {t('contacts.primary')}
            </Tag>
          )}
        </Flex>
        {role && <Typography.Text>{role}</Typography.Text>}
        {(phones.length > 0 || emails.length > 0) && (
          <Flex gap={16} wrap>
            {phones.map((phone) => (
              <Typography.Link key={phone.value} href={`tel:${phone.value.replace(/[^\d+]/g, '')}`}>
                <PhoneOutlined /> {phone.value}
              </Typography.Link>
            ))}
            {emails.map((email) => (
              <Typography.Link key={email.value} href={`mailto:${email.value}`}>
                <MailOutlined /> {email.value}
              </Typography.Link>
            ))}
          </Flex>
        )}
        <CustomFieldInlineValues recordType="contact" values={contact.customFields} />
        {contact.notes && (
          <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {contact.notes}
          </Typography.Paragraph>
        )}
      </Flex>
      {(onEdit || onDelete) && (
        <RowActions
          recordName={name}
          onEdit={onEdit}
          onDelete={onDelete}
          deleteConfirm={t('contacts.deleteConfirm', { name })}
        >
          {onMakePrimary && !contact.primary && (
            <Button
              type="text"
              size="small"
              icon={<StarOutlined />}
              aria-label={`${t('contacts.makePrimary')} ${name}`}
              onClick={onMakePrimary}
            >
              {t('contacts.makePrimary')}
            </Button>
          )}
        </RowActions>
      )}
    </Flex>
  );
}
