import { asSubject, type SubjectName } from '@kehu/domain';
import type { Response } from 'supertest';
import type { Actor } from '../support/actors';
import type { Target } from '../support/records';

interface CustomerRow {
  id: string;
  number?: string;
  owner?: { id: string } | null;
  team?: { id: string } | null;
  sharedWithTeam?: boolean;
  dealerOrgId?: string | null;
  [field: string]: unknown;
}

/** The fields customer rules test, from a row as the API answers it. */
export function customerAttributes(row: CustomerRow): Record<string, unknown> {
  return {
    id: row.id,
    ownerId: row.owner?.id ?? null,
    teamId: row.team?.id ?? null,
    sharedWithTeam: row.sharedWithTeam,
    dealerOrgId: row.dealerOrgId,
  };
}

/** Every row is one the actor may read, with no field the actor may not read. */
export function expectOnlyReadableCustomers(
  actor: Actor,
  rows: CustomerRow[],
  subject: 'Customer' | 'Lead' = 'Customer',
): void {
  for (const row of rows) {
    const record = asSubject(subject, customerAttributes(row));
    expect({ row: row.id, readable: actor.ability.can('read', record) }).toEqual({
      row: row.id,
      readable: true,
    });
    const hidden = Object.keys(row).filter((field) => !actor.ability.can('read', record, field));
    expect({ row: row.id, hidden }).toEqual({ row: row.id, hidden: [] });
  }
}

/** A list searched for the target's name holds it exactly when the actor may read it. */
export function expectCustomerListFor(
  actor: Actor,
  target: Target | undefined,
  response: Response,
  subject: 'Customer' | 'Lead' = 'Customer',
) {
  const rows = (response.body as { items: CustomerRow[] }).items;
  expectOnlyReadableCustomers(actor, rows, subject);
  if (target?.customer) {
    const listed = rows.some((row) => row.id === target.id);
    expect({ target: target.label, listed }).toEqual({
      target: target.label,
      listed: target.visibleTo(actor),
    });
  }
}

/** Every row of a list of records with an owner or id rule is one the actor may read. */
export function expectOnlyReadableRecords(
  actor: Actor,
  subject: SubjectName,
  response: Response,
): void {
  const rows = (response.body as { items: Array<Record<string, unknown>> }).items;
  for (const row of rows) {
    expect({ row: row.id, readable: actor.ability.can('read', asSubject(subject, row)) }).toEqual({
      row: row.id,
      readable: true,
    });
  }
}
