import { InputNumber, type InputNumberProps } from 'antd';

type MoneyInputProps = Omit<InputNumberProps<string>, 'stringMode' | 'formatter' | 'parser'>;

const groupThousands = (value: string | undefined) =>
  (value ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** An amount kept as the API's decimal string, shown with thousands separators. */
export function MoneyInput(props: MoneyInputProps) {
  return (
    <InputNumber<string>
      {...props}
      stringMode
      min="0"
      precision={2}
      formatter={(value) => {
        const [whole = '', fraction] = String(value ?? '').split('.');
        return fraction === undefined
          ? groupThousands(whole)
          : `${groupThousands(whole)}.${fraction}`;
      }}
      parser={(text) => (text ?? '').replace(/,/g, '')}
      style={{ width: '100%', ...props.style }}
    />
  );
}
