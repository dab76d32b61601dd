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
import { Policy, SignedIn } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import { CreateUserRequest } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users-query.dto';
import { UpdateUserRequest } from './dto/update-user.dto';
import { ListUserDirectoryQuery, UserDirectoryResponse } from './dto/user-directory.dto';
import { UserListResponse, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('read', 'User')
  @ApiOkResponse({ type: UserListResponse })
  @ApiOperation({
    summary: 'List users',
    description:
      "The users the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Users sign in with their email address; their roles decide what they may do.",
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListUsersQuery,
  ): Promise<UserListResponse> {
    return this.users.list(auth, query);
  }

  @Get('directory')
  @SignedIn()
  @ApiOperation({
    summary: 'Active colleagues for owner pickers and filters',
    description:
      'Any signed-in caller: name, roles and teams of active users, by name. A channel partner sees only the people of their own dealer org.',
  })
  @ApiOkResponse({ type: UserDirectoryResponse })
  directory(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListUserDirectoryQuery,
  ): Promise<UserDirectoryResponse> {
    return this.users.directory(auth, query);
  }

  @Post()
  @Policy('create', 'User')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create an user',
    description:
      'Creates an user and answers it, with its address in the Location header. Users sign in with their email address; their roles decide what they may do.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateUserRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.create(auth, body);
    setLocation(reply, `users/${user.id}`);
    return user;
  }

  @Get(':id')
  @Policy('read', 'User')
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get an user',
    description:
      'One user by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'User')
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update an user',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the user since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return this.users.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'User')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); the user is signed out everywhere.' })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Delete an user',
    description:
      'Soft-deletes the user: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.users.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Restore a deleted user',
    description:
      'Brings back a soft-deleted user as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.restore(auth, id);
  }
}
