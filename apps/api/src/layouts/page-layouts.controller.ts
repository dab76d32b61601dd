import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { LayoutPage } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion } from '../common/http/request-params';
import {
  DefaultLayoutQuery,
  PageLayoutRequest,
  PageLayoutResponse,
  toPageLayout,
} from './dto/page-layout.dto';
import { ApiLayoutPage, LayoutPageParam } from './layout-page.param';
import { PageLayoutsService } from './page-layouts.service';

const IF_MATCH_VERSION =
  'Send the version you read as If-Match (0 when none was stored): if the layout changed since, on another device say, nothing is written and the answer is 412.';

/** The caller's own page layouts, applied wherever they sign in. */
@ApiTags('layouts')
@ApiBearerAuth()
@ApiSignedInProblems()
@ApiLayoutPage()
@Controller('me/layouts')
export class MyLayoutsController {
  constructor(private readonly layouts: PageLayoutsService) {}

  @Get(':page')
  @Policy('read', 'PageLayout')
  @ApiOkResponse({ type: PageLayoutResponse })
  @ApiOperation({
    summary: 'Get my layout of a page',
    description:
      'How the page looks for the caller: their own layout, else the default of their first role (in the order admin, sales_manager, sales_rep, channel_partner, service_agent, marketer, viewer) that has one, else the built-in layout (source says which). Fields the caller may not read are left out. Panels the stored layout does not list keep their default place. Users only: an API key has no layouts (403).',
  })
  get(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
  ): Promise<PageLayoutResponse> {
    return this.layouts.own(auth, page);
  }

  @Put(':page')
  @Policy('update', 'PageLayout')
  @ApiIfMatch()
  @ApiOkResponse({ type: PageLayoutResponse })
  @ApiOperation({
    summary: 'Save my layout of a page',
    description: `Replaces the caller's own layout of the page (panel order, collapsed and hidden panels, profile fields or list columns) and answers the layout as it now shows. Fields the page does not have, custom fields that are deleted or hidden from the caller and fields the caller may not read are refused with 400 naming them. ${IF_MATCH_VERSION}`,
  })
  replace(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
    @IfMatchVersion() version: number | undefined,
    @Body() body: PageLayoutRequest,
  ): Promise<PageLayoutResponse> {
    return this.layouts.replaceOwn(auth, page, version, toPageLayout(body));
  }

  @Delete(':page')
  @HttpCode(204)
  @Policy('delete', 'PageLayout')
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Reset: the page shows the role default again.' })
  @ApiOperation({
    summary: 'Reset my layout of a page',
    description: `Deletes the caller's own layout of the page, so it shows their role's default (or the built-in layout) again. Nothing to reset is not an error. ${IF_MATCH_VERSION}`,
  })
  reset(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.layouts.resetOwn(auth, page, version);
  }
}

/** The default layout of each role (admins), for users who have not arranged a page. */
@ApiTags('layouts')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@ApiLayoutPage()
@Controller('layouts/defaults')
export class DefaultLayoutsController {
  constructor(private readonly layouts: PageLayoutsService) {}

  @Get(':page')
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: PageLayoutResponse })
  @ApiOperation({
    summary: "Get a role's default layout of a page",
    description:
      'The default layout of the page for users of the role who have no layout of their own (admins); source built-in when the role has none. Custom fields deleted or hidden from the role are left out.',
  })
  get(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
    @Query() query: DefaultLayoutQuery,
  ): Promise<PageLayoutResponse> {
    return this.layouts.roleDefault(auth, page, query.role);
  }

  @Put(':page')
  @Policy('update', 'Settings')
  @ApiIfMatch()
  @ApiOkResponse({ type: PageLayoutResponse })
  @ApiOperation({
    summary: "Set a role's default layout of a page",
    description: `Replaces the role's default layout of the page (admins). It shows to every user of the role who has no layout of their own, without the fields each may not read. Fields the page does not have and custom fields deleted or hidden from the role are refused with 400 naming them. ${IF_MATCH_VERSION}`,
  })
  replace(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
    @Query() query: DefaultLayoutQuery,
    @IfMatchVersion() version: number | undefined,
    @Body() body: PageLayoutRequest,
  ): Promise<PageLayoutResponse> {
    return this.layouts.replaceRoleDefault(auth, page, query.role, version, toPageLayout(body));
  }

  @Delete(':page')
  @HttpCode(204)
  @Policy('update', 'Settings')
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Reset: the role gets the built-in layout again.' })
  @ApiOperation({
    summary: "Reset a role's default layout of a page",
    description: `Deletes the role's default layout of the page (admins): its users without a layout of their own get the built-in layout. Nothing to reset is not an error. ${IF_MATCH_VERSION}`,
  })
  reset(
    @CurrentAuth() auth: AuthContext,
    @LayoutPageParam() page: LayoutPage,
    @Query() query: DefaultLayoutQuery,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.layouts.resetRoleDefault(auth, page, query.role, version);
  }
}
