import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditedWrites } from '../database/audited-writes.repository';

/**
 * Global, as every module writes audit entries. AuditedWrites (a repository in database/)
 * is exported on purpose: it is the write path every versioned record shares (create,
 * versioned update, soft delete, restore, each with its audit entry), generic over the
 * entity, so it belongs to no one module's table.
 */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditedWrites],
  exports: [AuditService, AuditedWrites],
})
export class AuditModule {}
