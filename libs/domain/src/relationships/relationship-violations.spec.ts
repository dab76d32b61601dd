import fc from 'fast-check';
import type { PartyKind, RelationshipTypeShape } from './relationship-type';
import { relationshipTypeViolations } from './relationship-type';
import { relationshipViolations } from './relationship-violations';

const PARENT: RelationshipTypeShape = {
  fromKind: 'company',
  toKind: 'company',
  symmetric: false,
  hasPercentage: false,
  hasTitle: false,
  hasPeriod: false,
};
const HOLDING: RelationshipTypeShape = { ...PARENT, fromKind: 'any', hasPercentage: true };
const EMPLOYMENT: RelationshipTypeShape = {
  ...PARENT,
  fromKind: 'person',
  hasTitle: true,
  hasPeriod: true,
};
const FAMILY: RelationshipTypeShape = {
  ...PARENT,
  fromKind: 'person',
  toKind: 'person',
  symmetric: true,
};

const edge = (fromKind: PartyKind, toKind: PartyKind, extra = {}) => ({
  fromId: 'a',
  fromKind,
  toId: 'b',
  toKind,
  ...extra,
});

const fields = (violations: Array<{ field: string }>) => violations.map((v) => v.field);

describe('relationshipViolations', () => {
  it('accepts a well-formed edge of each built-in type', () => {
    expect(relationshipViolations(PARENT, edge('company', 'company'))).toEqual([]);
    expect(
      relationshipViolations(HOLDING, edge('person', 'company', { percentage: '51.5' })),
    ).toEqual([]);
    expect(
      relationshipViolations(
        EMPLOYMENT,
        edge('person', 'company', {
          title: 'CFO',
          startsOn: '2020-01-01',
          endsOn: '2020-01-01',
        }),
      ),
    ).toEqual([]);
    expect(relationshipViolations(FAMILY, edge('person', 'person'))).toEqual([]);
  });

  it('a customer cannot be related to itself', () => {
    expect(
      fields(relationshipViolations(PARENT, { ...edge('company', 'company'), toId: 'a' })),
    ).toEqual(['toId']);
  });

  it('refuses ends of the wrong kind', () => {
    expect(fields(relationshipViolations(EMPLOYMENT, edge('company', 'company')))).toEqual([
      'typeId',
    ]);
    expect(fields(relationshipViolations(EMPLOYMENT, edge('company', 'person')))).toEqual([
      'typeId',
      'typeId',
    ]);
    expect(fields(relationshipViolations(FAMILY, edge('person', 'company')))).toEqual(['typeId']);
  });

  it('an end typed "any" takes either kind', () => {
    for (const kind of ['company', 'person'] as const)
      expect(relationshipViolations(HOLDING, edge(kind, 'company'))).toEqual([]);
  });

  it('refuses details the type does not have', () => {
    expect(
      fields(
        relationshipViolations(
          PARENT,
          edge('company', 'company', {
            percentage: '10',
            title: 'x',
            startsOn: '2020-01-01',
            endsOn: '2021-01-01',
          }),
        ),
      ),
    ).toEqual(['percentage', 'title', 'startsOn', 'endsOn']);
  });

  it('null details are absent details', () => {
    expect(
      relationshipViolations(
        PARENT,
        edge('company', 'company', { percentage: null, title: null, startsOn: null, endsOn: null }),
      ),
    ).toEqual([]);
  });

  it.each(['100.01', '101', '-5', '12.345', 'half'])('refuses the percentage %j', (percentage) => {
    expect(
      fields(relationshipViolations(HOLDING, edge('company', 'company', { percentage }))),
    ).toEqual(['percentage']);
  });

  it('a period cannot end before it starts', () => {
    expect(
      fields(
        relationshipViolations(
          EMPLOYMENT,
          edge('person', 'company', { startsOn: '2021-01-02', endsOn: '2021-01-01' }),
        ),
      ),
    ).toEqual(['endsOn']);
  });

  it('ends of kinds the type accepts never violate the kind rule', () => {
    const constraint = fc.constantFrom('company', 'person', 'any' as const);
    const kind = fc.constantFrom('company', 'person' as const);
    fc.assert(
      fc.property(constraint, constraint, kind, kind, (fromKind, toKind, from, to) => {
        const type = { ...PARENT, fromKind, toKind };
        const kindViolations = relationshipViolations(type, edge(from, to)).filter(
          (violation) => violation.field === 'typeId',
        );
        const expected =
          (fromKind === 'any' || fromKind === from ? 0 : 1) +
          (toKind === 'any' || toKind === to ? 0 : 1);
        expect(kindViolations).toHaveLength(expected);
      }),
    );
  });
});

describe('relationshipTypeViolations', () => {
  it('a symmetric type joins customers of one kind', () => {
    expect(relationshipTypeViolations(FAMILY)).toEqual([]);
    expect(fields(relationshipTypeViolations({ ...FAMILY, toKind: 'company' }))).toEqual([
      'toKind',
    ]);
    expect(relationshipTypeViolations({ ...PARENT, fromKind: 'person' })).toEqual([]);
  });
});
