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
import { Policy, SignedIn } from '../authz/policy.decorator';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
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
    summary: 'Create a user',
    description:
      'Creates a user and answers it, with its address in the Location header. Users sign in with their email address; their roles decide what they may do.',
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

  @GetRecordRoute('a user', UserResponse)
  @Policy('read', 'User')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.get(auth, id);
  }

  @PatchRecordRoute('a user', UserResponse, { conflict: true })
  @Policy('update', 'User')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return this.users.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a user', {
    conflict: true,
    deleted: 'Deleted (soft); the user is signed out everywhere.',
  })
  @Policy('delete', 'User')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.users.remove(auth, id, version);
  }

  @RestoreRecordRoute('a user', UserResponse, { conflict: true })
  @Policy('restore', 'User')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.restore(auth, id);
  }
}
