import { timeOrderedUuid } from './time-ordered-uuid';

describe('timeOrderedUuid', () => {
  it('is a version 7, variant 1 UUID that begins with the time in milliseconds', () => {
    const id = timeOrderedUuid(0x0193_5d2a_4b1c);
    expect(id).toMatch(/^01935d2a-4b1c-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts later ids after earlier ones, as text and as PostgreSQL compares uuids', () => {
    const earlier = timeOrderedUuid(1_800_000_000_000);
    const later = timeOrderedUuid(1_800_000_000_001);
    expect(earlier < later).toBe(true);
  });

  it('differs between ids made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => timeOrderedUuid(1_800_000_000_000)));
    expect(ids.size).toBe(1000);
  });
});
