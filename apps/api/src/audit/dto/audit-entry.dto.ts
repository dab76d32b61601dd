import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntryWithActor } from '../audit.repository';

export class AuditEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'user' }) entity!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty({ enum: ['create', 'update', 'delete', 'restore', 'merge', 'revoke'] })
  action!: string;
  @ApiProperty({ enum: ['user', 'apiKey', 'system'] }) actorType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({
    description: 'Changed fields with their old and new values.',
    example: { name: { from: 'East', to: 'East China' } },
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { from: {}, to: {} },
    },
  })
  changes!: Record<string, { from: unknown; to: unknown }>;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditListResponse {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toAuditEntryResponse(entry: AuditEntryWithActor): AuditEntryResponse {
  return {
    id: entry.id,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorName: entry.actorName,
    changes: entry.changes,
    requestId: entry.requestId,
    createdAt: entry.createdAt.toISOString(),
  };
}
