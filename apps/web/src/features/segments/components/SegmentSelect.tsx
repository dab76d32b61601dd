import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegment } from '../hooks/use-segment';
import { useSegmentOptions } from '../hooks/use-segment-options';
import type { SegmentResponse } from '../segment-types';

interface SegmentSelectProps {
  value: string | undefined;
  onChange: (segmentId: string | undefined) => void;
  style?: CSSProperties;
}

/** Picks a saved segment for the customer list: saved filters and static lists, by name. */
export function SegmentSelect({ value, onChange, style }: SegmentSelectProps) {
  const { t } = useTranslation();
  const { segments, loading } = useSegmentOptions();
  // The chosen segment may lie beyond the picker's first page: load it by id to name it.
  const missing = value !== undefined && !segments.some((segment) => segment.id === value);
  const chosen = useSegment(missing ? value : undefined);
  const all: SegmentResponse[] = chosen.data ? [...segments, chosen.data] : segments;
  const optionsOf = (kind: SegmentResponse['kind']) =>
    all
      .filter((segment) => segment.kind === kind)
      .map((segment) => ({ value: segment.id, label: segment.name }));

  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('segments.picker.placeholder')}
      aria-label={t('segments.picker.label')}
      value={value}
      onChange={(id?: string) => onChange(id)}
      loading={loading}
      notFoundContent={t('segments.picker.none')}
      options={[
        { label: t('segments.kinds.dynamic'), title: 'dynamic', options: optionsOf('dynamic') },
        { label: t('segments.kinds.static'), title: 'static', options: optionsOf('static') },
      ].filter((group) => group.options.length > 0)}
      style={{ width: 180, ...style }}
    />
  );
}
