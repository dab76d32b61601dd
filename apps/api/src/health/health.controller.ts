import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../authz/policy.decorator';
import { ServiceUnavailableError } from '../common/errors/app-error';
import { ApiProblems } from '../common/http/api-problems.decorator';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthResponse, description: 'The process is alive.' })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  /** Ready when the database answers; a load balancer stops routing here otherwise. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthResponse, description: 'The database answers.' })
  @ApiProblems(503)
  async ready(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableError('The database is not reachable.');
    }
    return { status: 'ok' };
  }
}
