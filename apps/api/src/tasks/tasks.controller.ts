import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
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

  @Get(':id')
  @Policy('read', 'Task')
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a task',
    description:
      'One task by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Task')
  @ApiIfMatch()
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Update a task',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the task since, nothing is written and the answer is 412.',
  })
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
  @ApiOperation({
    summary: 'Delete a task',
    description:
      'Soft-deletes the task: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
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
  @ApiOperation({
    summary: 'Restore a deleted task',
    description:
      'Brings back a soft-deleted task as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.tasks.restore(auth, id);
  }
}
