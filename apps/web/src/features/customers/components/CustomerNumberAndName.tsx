import { Typography } from 'antd';

/**
 * A customer's number and name; the name links to the customer (in a new tab, so a form
 * being filled in stays) when the user may open it, and is plain bold text otherwise.
 */
export function CustomerNumberAndName({
  customer,
}: {
  customer: { id: string; number: string; name: string; readable: boolean };
}) {
  return (
    <>
      <Typography.Text code>{customer.number}</Typography.Text>
      {customer.readable ? (
        <Typography.Link href={`/customers/${customer.id}`} target="_blank" rel="noopener">
          {customer.name}
        </Typography.Link>
      ) : (
        <Typography.Text strong>{customer.name}</Typography.Text>
      )}
    </>
  );
}
