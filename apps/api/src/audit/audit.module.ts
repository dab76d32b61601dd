import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditedWrites } from '../database/audited-writes.repository';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditedWrites],
  exports: [AuditService, AuditedWrites],
})
export class AuditModule {}
