import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerKindIcon } from '../../customers/components/CustomerKindIcon';
import type { RelationshipGraphNode } from '../relationship-api-types';

interface RelatedCustomerNameProps {
  node: RelationshipGraphNode | undefined;
  /** The customer whose 360 page this is: named, not linked. */
  centreId: string;
}

/** One end of a relationship: kind icon, name and number, linking to its 360 page. */
export function RelatedCustomerName({ node, centreId }: RelatedCustomerNameProps) {
  const { t } = useTranslation();
  if (!node?.readable || !node.kind) {
    return <Typography.Text type="secondary">{t('relationships.hiddenCustomer')}</Typography.Text>;
  }
  const name = (
    <>
      <CustomerKindIcon kind={node.kind} /> {node.name}
    </>
  );
  return (
    <Flex vertical gap={0}>
      {node.id === centreId ? (
        <Typography.Text strong>{name}</Typography.Text>
      ) : (
        <Link to={`/customers/${node.id}`}>{name}</Link>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {node.number}
      </Typography.Text>
    </Flex>
  );
}
