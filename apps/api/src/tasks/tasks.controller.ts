import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
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
  @ApiOperation({
    summary: 'List tasks',
    description:
      "The tasks the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A task is a follow-up with a due date, assigned to a user and linked to a customer or a lead. Filter by assignee, status, due date and the customer or lead.",
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListTasksQuery) {
    return this.tasks.list(auth, query);
  }

  @Post()
  @Policy('create', 'Task')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TaskResponse })
  @ApiOperation({
    summary: 'Create a task',
    description:
      'Creates a task and answers it, with its address in the Location header. A task is a follow-up with a due date, assigned to a user and linked to a customer or a lead.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTaskRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const task = await this.tasks.create(auth, body);
    setLocation(reply, `tasks/${task.id}`);
    return task;
  }

  @GetRecordRoute('a task', TaskResponse)
  @Policy('read', 'Task')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.get(auth, id);
  }

  @PatchRecordRoute('a task', TaskResponse)
  @Policy('update', 'Task')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTaskRequest,
  ) {
    return this.tasks.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a task', { deleted: 'Deleted (soft); restore brings it back.' })
  @Policy('delete', 'Task')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.tasks.remove(auth, id, version);
  }

  @RestoreRecordRoute('a task', TaskResponse)
  @Policy('restore', 'Task')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.restore(auth, id);
  }
}
