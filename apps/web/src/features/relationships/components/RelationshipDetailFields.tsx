import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateStringPicker } from '../../../shared/components/DateStringPicker';
import type { RelationshipType } from '../relationship-api-types';

type DetailFlags = Pick<RelationshipType, 'hasPercentage' | 'hasTitle' | 'hasPeriod'>;

/** The inputs for the details a relationship type carries: share, title, period. */
export function RelationshipDetailFields({ type }: { type: DetailFlags }) {
  const { t } = useTranslation();
  return (
    <>
      {type.hasPercentage && (
        <Form.Item
          name="percentage"
          label={t('relationships.form.percentage')}
          extra={t('relationships.form.percentageHelp')}
        >
          <InputNumber<number>
            min={0}
            max={100}
            step={1}
            precision={2}
            suffix="%"
            style={{ width: 180 }}
          />
        </Form.Item>
      )}
      {type.hasTitle && (
        <Form.Item name="title" label={t('relationships.form.title')}>
          <Input maxLength={100} placeholder={t('relationships.form.titlePlaceholder')} />
        </Form.Item>
      )}
      {type.hasPeriod && (
        <>
          <Form.Item name="startsOn" label={t('relationships.form.startsOn')}>
            <DateStringPicker />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('relationships.form.endsOn')}
            dependencies={['startsOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) => {
                  const startsOn = getFieldValue('startsOn') as string | undefined;
                  return value && startsOn && value < startsOn
                    ? Promise.reject(new Error(t('relationships.form.endsBeforeStart')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DateStringPicker />
          </Form.Item>
        </>
      )}
    </>
  );
}
