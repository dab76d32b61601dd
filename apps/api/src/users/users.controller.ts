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
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'User')
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(404, 409)
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
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<UserResponse> {
    return this.users.restore(auth, id);
  }
}
