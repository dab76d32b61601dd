import { ClockCircleOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, type MenuProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { DateStringPicker } from '../../../shared/components/DateStringPicker';
import { snoozeDay } from '../snooze-date';

interface SnoozeButtonProps {
  /** Moves the item to this day (`YYYY-MM-DD`). */
  onSnooze: (day: string) => void;
  disabled?: boolean;
}

/** "Snooze": to tomorrow, to next week, or to a day picked in a small dialog. */
export function SnoozeButton({ onSnooze, disabled }: SnoozeButtonProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const items: MenuProps['items'] = [
    { key: 'tomorrow', label: t('today.snooze.tomorrow') },
    { key: 'nextWeek', label: t('today.snooze.nextWeek') },
    { key: 'pick', label: t('today.snooze.pick') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'pick') setPicking(true);
    else onSnooze(snoozeDay({ kind: key === 'tomorrow' ? 'tomorrow' : 'nextWeek' }));
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} disabled={disabled}>
        <Button size="small" icon={<ClockCircleOutlined />}>
          {t('today.snooze.label')} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <FormModal<{ day: string }>
        open={picking}
        title={t('today.snooze.pickTitle')}
        okText={t('today.snooze.label')}
        fieldNames={['day']}
        onSubmit={({ day }) => {
          onSnooze(snoozeDay({ kind: 'date', date: day }));
          setPicking(false);
          return Promise.resolve();
        }}
        onClose={() => setPicking(false)}
      >
        <Form.Item
          name="day"
          label={t('today.snooze.day')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DateStringPicker disabledDate={(day) => !day.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </FormModal>
    </>
  );
}
