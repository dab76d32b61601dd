import { Alert, Button, Flex, Select, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import {
  fieldChoiceLabel,
  type FieldChoice,
  withCustomFieldGroup,
} from '../../../shared/custom-fields/custom-field-choices';
import { useImportFieldLabel } from '../hooks/use-import-field-label';
import { encodingOptions } from '../import-encodings';
import {
  type ImportFieldSet,
  mappedColumnCount,
  mappingProblems,
  type MappingProblem,
} from '../import-mapping';
import type { ImportTargetSpec } from '../import-targets';
import type { ImportEncoding, ImportField, ImportMapping } from '../import-types';

interface MappingStepProps {
  spec: ImportTargetSpec;
  /** The fields a column may fill: the target's and the custom fields of `customFieldChoices`. */
  fieldSet: ImportFieldSet;
  /** The custom fields a column may fill (`cf.<key>`), offered under their own group. */
  customFieldChoices: FieldChoice[];
  filename: string;
  headers: string[];
  /** The first data rows, when the upload just happened; null after a reload. */
  sampleRows: string[][] | null;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  onNext: () => void;
  /** The encoding a CSV file is read in (null for a workbook), and the one detected. */
  encoding: ImportEncoding | null;
  detectedEncoding: ImportEncoding | null;
  rereading: boolean;
  rereadError: unknown;
  onEncoding: (encoding: ImportEncoding) => void;
}

interface ColumnRow {
  key: number;
  header: string;
  samples: string;
}

const SKIP = '';
const PREVIEW_ROWS = 5;

/** Step 2: each column of the file → a field of the target, with the first rows as a preview. */
export function MappingStep(props: MappingStepProps) {
  const {
    spec,
    fieldSet,
    customFieldChoices,
    filename,
    headers,
    sampleRows,
    mapping,
    onChange,
    onNext,
  } = props;
  const { encoding, detectedEncoding, rereading, rereadError, onEncoding } = props;
  const { t } = useTranslation();
  const recordFieldLabel = useImportFieldLabel(spec.target);
  const label = (field: ImportField) =>
    fieldChoiceLabel(field, customFieldChoices, recordFieldLabel);
  const problems = useMemo(() => mappingProblems(mapping, fieldSet), [mapping, fieldSet]);

  const optionLabel = (field: ImportField) =>
    spec.required.includes(field)
      ? `${label(field)} · ${t('imports.mapping.required')}`
      : label(field);
  const options = withCustomFieldGroup(
    [
      { value: SKIP, label: t('imports.mapping.skipColumn') },
      ...spec.fields.map((field) => ({ value: field, label: optionLabel(field) })),
    ],
    customFieldChoices,
    t('customFields.section'),
  );
  const describe = (problem: MappingProblem) =>
    problem.kind === 'missing'
      ? t(`imports.targets.${spec.target}.missing`, { field: label(problem.field) })
      : t('imports.mapping.repeated', {
          field: label(problem.field),
          columns: problem.columns.map((column) => headers[column] ?? column + 1).join(', '),
        });
  const choose = (column: number, value: string) =>
    onChange(mapping.map((field, index) => (index === column ? value || null : field)));

  const rows: ColumnRow[] = headers.map((header, column) => ({
    key: column,
    header,
    samples: (sampleRows ?? [])
      .map((row) => row[column]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 3)
      .join(' · '),
  }));

  return (
    <>
      <Typography.Paragraph>
        {t(`imports.targets.${spec.target}.mappingIntro`, { filename })}
      </Typography.Paragraph>
      {encoding !== null && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Typography.Text id="import-encoding-label">
            {t('imports.encoding.label')}
          </Typography.Text>
          <Select
            aria-labelledby="import-encoding-label"
            value={encoding}
            options={encodingOptions(detectedEncoding, t)}
            loading={rereading}
            disabled={rereading}
            onChange={(value: ImportEncoding) => onEncoding(value)}
            style={{ minWidth: 280 }}
          />
          <Typography.Text type="secondary">{t('imports.encoding.hint')}</Typography.Text>
        </Space>
      )}
      {rereadError !== null && rereadError !== undefined && <ProblemAlert error={rereadError} />}
      <Table<ColumnRow>
        size="small"
        pagination={false}
        dataSource={rows}
        aria-label={t('imports.steps.mapping')}
        columns={[
          { title: t('imports.mapping.column'), dataIndex: 'header', width: '25%' },
          {
            title: t('imports.mapping.sample'),
            dataIndex: 'samples',
            ellipsis: true,
            render: (samples: string) =>
              samples || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
          },
          {
            title: t(`imports.targets.${spec.target}.fieldColumn`),
            key: 'field',
            width: 280,
            render: (_: unknown, row: ColumnRow) => (
              <Select
                aria-label={row.header}
                value={mapping[row.key] ?? SKIP}
                options={options}
                onChange={(value: string) => choose(row.key, value)}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
              />
            ),
          },
        ]}
      />
      {sampleRows === null && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('imports.mapping.noSample')}
        </Typography.Paragraph>
      )}
      {sampleRows !== null && sampleRows.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('imports.mapping.previewTitle')}
          </Typography.Title>
          <Table<{ key: number; cells: string[] }>
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={sampleRows
              .slice(0, PREVIEW_ROWS)
              .map((cells, index) => ({ key: index, cells }))}
            columns={headers.map((header, column) => ({
              title: header,
              key: column,
              render: (_: unknown, row: { cells: string[] }) => row.cells[column] ?? '',
            }))}
          />
        </>
      )}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {problems.map((problem) => (
                <li key={`${problem.kind}-${problem.field}`}>{describe(problem)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">
          {t('imports.mapping.mappedCount', {
            count: mappedColumnCount(mapping),
            total: headers.length,
          })}
        </Typography.Text>
        <Button type="primary" disabled={problems.length > 0} onClick={onNext}>
          {t('imports.mapping.next')}
        </Button>
      </Flex>
    </>
  );
}
