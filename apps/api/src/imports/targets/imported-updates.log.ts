import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthContext } from '../../authz/auth-context';
import { TimelineService } from '../../timeline/timeline.service';

/** A record an import row updated: what it was, what it became, which fields changed. */
export interface ImportedUpdate {
  id: string;
  rowNumber: number;
  before: object;
  after: object;
  fields: string[];
}

/** Puts the records an import batch updated on their timelines and in the audit log. */
@Injectable()
export class ImportedUpdatesLog {
  constructor(
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
  ) {}

  async record(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    subjectType: 'customer' | 'lead',
    updates: ImportedUpdate[],
  ): Promise<void> {
    await this.timeline.record(
      manager,
      auth,
      updates.map((update) => ({
        subjectType,
        subjectId: update.id,
        kind: 'imported' as const,
        summary: `${job.filename}, row ${update.rowNumber} (updated)`,
        details: { importId: job.id, rowNumber: update.rowNumber, updated: true },
      })),
    );
    await this.audit.recordMany(
      manager,
      auth,
      updates.map((update) => ({
        entity: subjectType,
        entityId: update.id,
        action: 'update' as const,
        before: { ...update.before },
        after: { ...update.after },
        fields: update.fields,
      })),
    );
  }
}
