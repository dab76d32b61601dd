import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerKind } from '../customer-types';

export function CustomerKindIcon({ kind }: { kind: CustomerKind }) {
  const { t } = useTranslation();
  const label = t(`customers.kinds.${kind}`);
  return kind === 'company' ? (
    <BankOutlined aria-label={label} title={label} />
  ) : (
    <UserOutlined aria-label={label} title={label} />
  );
}

export function CustomerKindLabel({ kind }: { kind: CustomerKind }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" component="span">
      <CustomerKindIcon kind={kind} />
      {t(`customers.kinds.${kind}`)}
    </Flex>
  );
}
