import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const DAY_FORMAT = 'YYYY-MM-DD';

type DateStringPickerProps = Omit<DatePickerProps, 'value' | 'onChange'> & {
  value?: string;
  onChange?: (value: string | undefined) => void;
};

/** A date picker whose form value is the API's `YYYY-MM-DD` day. */
export function DateStringPicker({ value, onChange, ...props }: DateStringPickerProps) {
  return (
    <DatePicker
      {...props}
      format={DAY_FORMAT}
      value={value ? dayjs(value, DAY_FORMAT) : null}
      onChange={(date: Dayjs | Dayjs[] | null) => {
        const day = Array.isArray(date) ? date[0] : date;
        onChange?.(day ? day.format(DAY_FORMAT) : undefined);
      }}
      style={{ width: '100%', ...props.style }}
    />
  );
}
