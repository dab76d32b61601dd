import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PreconditionFailedError } from '../errors/app-error';

/**
 * Updates a record only if it still has the version the caller read; bumps the version.
 * Zero rows means someone else wrote in between: 412, and nothing changed.
 */
export async function updateVersioned<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<Entity>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(changes)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 0) throw new PreconditionFailedError();
}

/** Checks an If-Match version against the version just read, before any write. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) throw new PreconditionFailedError(current);
}
