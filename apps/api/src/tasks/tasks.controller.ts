import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import {
  CreateTaskRequest,
  ListTasksQuery,
  TaskListResponse,
  TaskResponse,
  UpdateTaskRequest,
} from './dto/task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Policy('read', 'Task')
  @ApiOkResponse({
    type: TaskListResponse,
    description: 'Tasks assigned to the caller and tasks on records the caller may read.',
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListTasksQuery) {
    return this.tasks.list(auth, query);
  }

  @Post()
  @Policy('create', 'Task')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TaskResponse })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTaskRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const task = await this.tasks.create(auth, body);
    setLocation(reply, `tasks/${task.id}`);
    return task;
  }

  @Get(':id')
  @Policy('read', 'Task')
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Task')
  @ApiIfMatch()
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTaskRequest,
  ) {
    return this.tasks.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'Task')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); restore brings it back.' })
  @ApiProblems(404)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.tasks.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Task')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.restore(auth, id);
  }
}
