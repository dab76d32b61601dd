import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../authz/policy.decorator';
import { ServiceUnavailableError } from '../common/errors/app-error';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { TransactionRunner } from '../database/transaction-runner';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: TransactionRunner) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthResponse, description: 'The process is alive.' })
  @ApiOperation({
    summary: 'Check that Kehu is running',
    description: 'Answers 200 while the process is up, for liveness probes. Needs no sign-in.',
  })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  /** Ready when the database answers; a load balancer stops routing here otherwise. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthResponse, description: 'The database answers.' })
  @ApiProblems(503)
  @ApiOperation({
    summary: 'Check that Kehu can serve requests',
    description:
      'Answers 200 when the database is reachable and migrated, 503 otherwise, for readiness probes and load balancers. Needs no sign-in.',
  })
  async ready(): Promise<HealthResponse> {
    try {
      await this.database.ping();
    } catch {
      throw new ServiceUnavailableError('The database is not reachable.');
    }
    return { status: 'ok' };
  }
}
