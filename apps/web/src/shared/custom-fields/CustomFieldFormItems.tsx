import { normalizeCustomFieldValue, type CustomFieldValue } from '@kehu/domain';
import { Col, Form, Row, Typography, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../i18n/use-app-language';
import {
  CUSTOM_FIELDS_FORM_NAME,
  type CustomFieldDefinition,
  type CustomFieldValues,
} from './custom-field-types';
import { localized, toApiValue } from './custom-field-values';
import { CustomFieldInput } from './CustomFieldInput';

interface CustomFieldFormItemsProps {
  definitions: readonly CustomFieldDefinition[];
  editable: (definition: CustomFieldDefinition) => boolean;
  /** The record's stored values (edit), so a deactivated option it holds may stay. */
  stored?: CustomFieldValues | null;
  /** A heading above the fields; none when the form has its own. */
  title?: string;
}

/** Why a value cannot be saved, in the user's language; null when it can. */
export function customFieldProblem(
  t: TFunction,
  definition: CustomFieldDefinition,
  value: unknown,
  stored: CustomFieldValue | null = null,
): string | null {
  const apiValue = toApiValue(definition, value);
  if (apiValue === null) return definition.required ? t('customFields.problems.required') : null;
  const checked = normalizeCustomFieldValue(
    { ...definition, defaultValue: null },
    apiValue,
    stored,
  );
  if (checked.ok) return null;
  switch (checked.code) {
    case 'range':
      return definition.min !== null && Number(apiValue) < definition.min
        ? t('customFields.problems.min', { min: definition.min })
        : t('customFields.problems.max', { max: definition.max });
    case 'too-long':
      return t('customFields.problems.tooLong', {
        max: definition.type === 'text' ? 500 : 10_000,
      });
    case 'option':
    case 'inactive-option':
      return t('customFields.problems.option');
    case 'required':
      return t('customFields.problems.required');
    case 'format':
    case 'type':
    case 'unknown':
      return t('customFields.problems.format', {
        type: t(`customFields.types.${definition.type}`),
      });
  }
}

/**
 * The inputs of a record's custom fields, one per field the user sees, under
 * `customFields.<key>`: required ones checked before saving, read-only ones disabled,
 * and the server's field errors (`customFields.<key>`) shown under their input.
 */
export function CustomFieldFormItems({
  definitions,
  editable,
  stored,
  title,
}: CustomFieldFormItemsProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (definitions.length === 0) return null;

  const rules = (definition: CustomFieldDefinition): FormRule[] => [
    {
      validator: (_rule, value: unknown) => {
        const problem = customFieldProblem(t, definition, value, stored?.[definition.key] ?? null);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    },
  ];

  return (
    <section data-testid="custom-field-inputs">
      {title && (
        <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
          {title}
        </Typography.Title>
      )}
      <Row gutter={16}>
        {definitions.map((definition) => {
          const mayEdit = editable(definition);
          const help = definition.helpText ? localized(definition.helpText, language) : '';
          return (
            <Col key={definition.key} span={definition.type === 'long_text' ? 24 : 12}>
              <Form.Item
                name={[CUSTOM_FIELDS_FORM_NAME, definition.key]}
                label={localized(definition.label, language)}
                required={definition.required && mayEdit}
                extra={mayEdit ? help || undefined : t('customFields.readOnly')}
                rules={mayEdit ? rules(definition) : []}
              >
                <CustomFieldInput
                  definition={definition}
                  disabled={!mayEdit}
                  stored={stored?.[definition.key] ?? null}
                />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </section>
  );
}
