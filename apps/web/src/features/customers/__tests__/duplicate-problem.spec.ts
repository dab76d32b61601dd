import { ApiProblemError } from '@kehu/contracts';
import type { DuplicateCandidate } from '../customer-types';
import { duplicateMatches, duplicatesOfConflict, rankCandidates } from '../duplicate-problem';

const candidate = (patch: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id: 'c1',
  number: 'C-000001',
  name: '上海华腾科技有限公司',
  owner: { id: 'u2', name: '张伟' },
  matchedOn: ['name'],
  matchedCustomFields: [],
  score: 0.7,
  blocking: false,
  readable: false,
  ...patch,
});

const conflict = (extension: Record<string, unknown>) =>
  new ApiProblemError({
    type: 'urn:kehu:problem:conflict',
    title: 'Conflict',
    status: 409,
    ...extension,
  });

describe('a duplicate conflict', () => {
  it('names the similar customers of a 409', () => {
    const duplicates = [candidate({}), { id: 'broken' }];
    expect(duplicatesOfConflict(conflict({ duplicates }))).toEqual([candidate({})]);
  });

  it('is not any other failure', () => {
    expect(duplicatesOfConflict(conflict({}))).toBeNull();
    expect(
      duplicatesOfConflict(
        new ApiProblemError({ type: 'about:blank', title: 'Bad', status: 400, duplicates: [] }),
      ),
    ).toBeNull();
    expect(duplicatesOfConflict(new Error('offline'))).toBeNull();
  });

  it('lists blocking candidates first, then the most similar', () => {
    const ranked = rankCandidates([
      candidate({ id: 'a', score: 0.9 }),
      candidate({ id: 'b', score: 1, blocking: true, matchedOn: ['phone'] }),
      candidate({ id: 'c', score: 0.95 }),
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('what a candidate matched on', () => {
  it('names the built-in fields, exact or similar, then the custom fields', () => {
    expect(
      duplicateMatches(
        candidate({ matchedOn: ['phone', 'name'], matchedCustomFields: ['store_code'] }),
      ),
    ).toEqual([
      { kind: 'same', field: 'phone' },
      { kind: 'similar', field: 'name' },
      { kind: 'customField', key: 'store_code' },
    ]);
  });

  it('is a custom field alone when only one matched', () => {
    expect(
      duplicateMatches(candidate({ matchedOn: [], matchedCustomFields: ['store_code'] })),
    ).toEqual([{ kind: 'customField', key: 'store_code' }]);
  });

  it('is "another field" when only a field hidden from the user matched, never nothing', () => {
    expect(duplicateMatches(candidate({ matchedOn: [], matchedCustomFields: [] }))).toEqual([
      { kind: 'other' },
    ]);
  });

  it('reads a conflict whose candidates do not name custom fields as matching none', () => {
    const older: Partial<DuplicateCandidate> = candidate({});
    delete older.matchedCustomFields;
    expect(duplicatesOfConflict(conflict({ duplicates: [older] }))).toEqual([candidate({})]);
  });
});
