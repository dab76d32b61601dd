import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Policy } from '../authz/policy.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { AuditService } from './audit.service';
import { AuditListResponse } from './dto/audit-entry.dto';
import { ListAuditQueryDto } from './dto/list-audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('read', 'AuditEntry')
  @ApiOkResponse({ type: AuditListResponse, description: 'Audit entries, newest first.' })
  @ApiOperation({
    summary: 'List audit entries',
    description:
      'Who created, changed, deleted or exported what and when, newest first, one page at a time (keyset pagination). Filter by record, user or action. Administrators only.',
  })
  list(@Query() query: ListAuditQueryDto): Promise<AuditListResponse> {
    return this.audit.list(query);
  }
}
