import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENUM_LABELS, type EnumName, enumLabelKey } from '../enum-labels';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

/**
 * Which console labels each enum of the OpenAPI document uses, by the schema property that
 * declares it (`Schema.property`, `[]` for array items), or why it is shown as it is.
 */
const ENUMS: Record<string, EnumName | { shownAsIs: string }> = {
  'AuditEntryResponse.action': 'auditAction',
  'AuditEntryResponse.actorType': 'actorType',
  'TimelineEventResponse.actorType': 'actorType',
  'UserResponse.roles[]': 'userRole',
  'UserResponse.locale': 'locale',
  'PhoneDto.type': 'phoneType',
  'EmailDto.type': 'emailType',
  'AddressDto.type': 'addressType',
  'ImHandleDto.type': 'imType',
  'CustomerResponse.kind': 'customerKind',
  'CustomerResponse.tier': 'customerTier',
  'CustomerResponse.roles[]': 'customerRole',
  'CreateCustomerRequest.companySize': { shownAsIs: 'head-count ranges such as 10-49' },
  'CreateCustomerRequest.gender': 'gender',
  'CreateCustomerRequest.maritalStatus': 'maritalStatus',
  'DuplicateCandidate.matchedOn[]': 'duplicateField',
  'DuplicateRuleDto.field': 'duplicateField',
  'DuplicateRuleDto.mode': 'duplicateMode',
  'MergeCustomersRequest.fields': { shownAsIs: 'a request choice, never displayed' },
  'TimelineEventResponse.kind': 'timelineKind',
  'LogInteractionRequest.kind': 'timelineKind',
  'ImportResponse.encoding': 'importEncoding',
  'ImportResponse.target': 'importTarget',
  'ImportResponse.status': 'importStatus',
  'ImportResponse.format': { shownAsIs: 'file formats: CSV, XLSX' },
  'ImportResponse.duplicateMode': 'importDuplicateMode',
  'NotificationResponse.kind': 'notificationKind',
  'NotificationResponse.subjectType': 'recordType',
  'LeadResponse.source': 'leadSource',
  'LeadResponse.status': 'leadStatus',
  'UpdateLeadRequest.status': 'leadStatus',
  'ConversionCandidate.matchedOn[]': 'conversionMatch',
  'AssignmentRuleResponse.strategy': 'assignmentStrategy',
  'AssignmentTestResponse.strategy': { shownAsIs: 'labelled by the assignment test panel' },
  'TaskParentRef.type': 'recordType',
  'TaskResponse.priority': 'taskPriority',
  'TaskResponse.status': 'taskStatus',
  'CreateWebFormRequest.fieldMapping': 'webFormField',
  'SubmissionReceivedResponse.status': { shownAsIs: 'answer of the public form endpoint' },
  'RelationshipTypeResponse.fromKind': 'partyKind',
  'SegmentResponse.kind': 'segmentKind',
  'CustomFieldResponse.recordType': 'customFieldRecordType',
  'CustomFieldResponse.appliesTo': 'customFieldAppliesTo',
  'CustomFieldResponse.type': 'customFieldType',
  'CustomFieldResponse.hiddenFromRoles[]': 'userRole',
  'PageLayoutResponse.page': {
    shownAsIs: 'names the page the layout control sits on, never displayed',
  },
  'PageLayoutResponse.source': 'pageLayoutSource',
};

interface Schema {
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
}

/** Every string enum of the document's schemas, by the first property declaring its values. */
function documentEnums(): Map<string, { where: string[]; values: string[] }> {
  const document = JSON.parse(
    readFileSync(join(__dirname, '../../../../../../libs/contracts/openapi.json'), 'utf8'),
  ) as { components: { schemas: Record<string, Schema> } };
  const found = new Map<string, { where: string[]; values: string[] }>();
  const visit = (schema: Schema | boolean | undefined, where: string) => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.enum?.every((value) => typeof value === 'string')) {
      const values = schema.enum;
      const key = JSON.stringify(values);
      const entry = found.get(key) ?? { where: [], values };
      entry.where.push(where);
      found.set(key, entry);
      return;
    }
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      visit(property, `${where}.${name}`);
    visit(schema.items, `${where}[]`);
    visit(schema.additionalProperties, where);
    for (const option of schema.anyOf ?? []) visit(option, where);
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) visit(schema, name);
  return found;
}

function labelAt(resource: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      resource,
    );
}

describe('enum labels', () => {
  const enums = [...documentEnums().values()];

  it('every enum of the API is labelled or deliberately shown as it is', () => {
    const unaccounted = enums
      .filter(({ where }) => !where.some((path) => path in ENUMS))
      .map(({ where, values }) => `${where.join(' | ')}: ${values.join(', ')}`);
    expect(unaccounted).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('every value of every labelled enum has a %s label', (_, resource) => {
    const missing: string[] = [];
    for (const { where, values } of enums) {
      const names = new Set(
        where
          .map((path) => ENUMS[path])
          .filter((name): name is EnumName => typeof name === 'string'),
      );
      for (const name of names) {
        for (const value of values) {
          const label = labelAt(resource, enumLabelKey(name, value));
          if (typeof label !== 'string' || label.trim() === '')
            missing.push(`${enumLabelKey(name, value)} (${where[0]})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every registered enum is used by the API', () => {
    const used = new Set(Object.values(ENUMS).filter((name) => typeof name === 'string'));
    expect(Object.keys(ENUM_LABELS).filter((name) => !used.has(name as EnumName))).toEqual([]);
  });
});
