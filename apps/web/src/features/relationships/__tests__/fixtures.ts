import type {
  RelationshipGraph,
  RelationshipGraphEdge,
  RelationshipType,
} from '../relationship-api-types';

export const ACME = 'a0000000-0000-4000-8000-000000000001';
export const BLUE_SKY = 'a0000000-0000-4000-8000-000000000002';
export const WANG = 'a0000000-0000-4000-8000-000000000003';
export const SECRET = 'a0000000-0000-4000-8000-000000000004';

export const holdingEdge = (patch: Partial<RelationshipGraphEdge> = {}): RelationshipGraphEdge => ({
  id: 'e0000000-0000-4000-8000-000000000001',
  fromId: ACME,
  toId: BLUE_SKY,
  typeId: 't-holding',
  label: { zh: '控股', en: 'Holds shares in' },
  inverseLabel: { zh: '被控股', en: 'Shares held by' },
  symmetric: false,
  percentage: '60.00',
  title: null,
  startsOn: null,
  endsOn: null,
  version: 1,
  ...patch,
});

export const employmentEdge = holdingEdge({
  id: 'e0000000-0000-4000-8000-000000000002',
  fromId: WANG,
  toId: BLUE_SKY,
  typeId: 't-employment',
  label: { zh: '任职于', en: 'Works at' },
  inverseLabel: { zh: '雇员', en: 'Employee' },
  percentage: null,
  title: '财务总监',
  startsOn: '2020-03-01',
});

/** Blue Sky's graph: Acme holds 60 % of it, Wang works there, a hidden owner holds Acme. */
export const blueSkyGraph: RelationshipGraph = {
  rootId: BLUE_SKY,
  nodes: [
    { id: BLUE_SKY, readable: true, number: 'C-000002', name: '蓝天科技', kind: 'company' },
    { id: ACME, readable: true, number: 'C-000001', name: 'Acme 集团', kind: 'company' },
    { id: WANG, readable: true, number: 'C-000003', name: '王芳', kind: 'person' },
    { id: SECRET, readable: false },
  ],
  edges: [
    holdingEdge(),
    employmentEdge,
    holdingEdge({ id: 'e0000000-0000-4000-8000-000000000003', fromId: SECRET, toId: ACME }),
  ],
  truncated: false,
};

export const holdingType: RelationshipType = {
  id: 't-holding',
  key: 'holding',
  name: { zh: '控股', en: 'Holds shares in' },
  inverseName: { zh: '被控股', en: 'Shares held by' },
  fromKind: 'any',
  toKind: 'company',
  symmetric: false,
  hasPercentage: true,
  hasTitle: false,
  hasPeriod: false,
  builtIn: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const employmentType: RelationshipType = {
  ...holdingType,
  id: 't-employment',
  key: 'employment',
  name: { zh: '任职于', en: 'Works at' },
  inverseName: { zh: '雇员', en: 'Employee' },
  fromKind: 'person',
  hasPercentage: false,
  hasTitle: true,
  hasPeriod: true,
};

export const familyType: RelationshipType = {
  ...holdingType,
  id: 't-family',
  key: 'family',
  name: { zh: '家庭成员', en: 'Family member' },
  inverseName: { zh: '家庭成员', en: 'Family member' },
  fromKind: 'person',
  toKind: 'person',
  symmetric: true,
  hasPercentage: false,
};
