import { Injectable } from '@nestjs/common';
import {
  BUILT_IN_LAYOUT,
  customFieldKeyOf,
  LAYOUT_PAGE_SPECS,
  layoutDefaultRole,
  layoutFieldReadable,
  type LayoutPage,
  type PageLayout,
  pageLayoutProblems,
  readableLayout,
  type Role,
} from '@kehu/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import {
  ForbiddenError,
  PreconditionFailedError,
  ValidationError,
} from '../common/errors/app-error';
import { assertVersion } from '../common/versioning/versioned-update';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { type LayoutSource, type PageLayoutResponse } from './dto/page-layout.dto';
import type { PageLayoutEntity } from './entities/page-layout.entity';
import { type LayoutOwner, PageLayoutsRepository } from './page-layouts.repository';

const AUDIT_NAME = 'page-layout';
const AUDITED_FIELDS = ['page', 'userId', 'role', 'panels', 'profileFields', 'columns'];

/**
 * Personal page layouts. A user's page shows their own layout, else the default of their
 * first role (in the order of ROLES) that has one, else the built-in layout; whichever it
 * is, the fields they may not read are left out. Panels are merged with the page's current
 * panels by the console, which knows them (`effectiveLayout` in libs/domain).
 */
@Injectable()
export class PageLayoutsService {
  constructor(
    private readonly layouts: PageLayoutsRepository,
    private readonly customFields: CustomFieldsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async own(auth: AuthContext, page: LayoutPage): Promise<PageLayoutResponse> {
    userOf(auth);
    const canRead = await this.readerCheck(auth, page);
    const own = await this.layouts.findOwn(auth, page);
    if (own) return present(page, own, 'user', null, own.version, canRead);
    const roles = auth.principal.roles;
    const defaults = await this.layouts.findDefaults(page, roles);
    const role = layoutDefaultRole(
      roles,
      defaults.flatMap((layout) => (layout.role === null ? [] : [layout.role])),
    );
    const inherited = defaults.find((layout) => layout.role === role) ?? null;
    return inherited
      ? present(page, inherited, 'role', role, 0, canRead)
      : present(page, null, 'built-in', null, 0, canRead);
  }

  async replaceOwn(
    auth: AuthContext,
    page: LayoutPage,
    ifMatch: number | undefined,
    layout: PageLayout,
  ): Promise<PageLayoutResponse> {
    const owner: LayoutOwner = { userId: userOf(auth), role: null };
    assertCan(auth, 'update', 'PageLayout', owner);
    const visible = await this.customFields.visibleKeys(auth, LAYOUT_PAGE_SPECS[page].recordType);
    assertValid(page, layout, visible, (field) =>
      layoutFieldReadable(page, field, auth.ability, visible),
    );
    await this.write(auth, owner, page, await this.layouts.findOwn(auth, page), ifMatch, layout);
    return this.own(auth, page);
  }

  async resetOwn(auth: AuthContext, page: LayoutPage, ifMatch: number | undefined): Promise<void> {
    assertCan(auth, 'delete', 'PageLayout', { userId: userOf(auth), role: null });
    await this.erase(auth, await this.layouts.findOwn(auth, page), ifMatch);
  }

  /** A role's default as stored, without the custom fields the role no longer sees. */
  async roleDefault(auth: AuthContext, page: LayoutPage, role: Role): Promise<PageLayoutResponse> {
    assertCan(auth, 'read', 'PageLayout', { userId: null, role });
    const visible = await this.keysVisibleToRole(auth, page, role);
    const stored = await this.layouts.findDefault(page, role);
    const canRead = (field: string) => visibleCustomField(field, visible);
    return stored
      ? present(page, stored, 'role', role, stored.version, canRead)
      : present(page, null, 'built-in', null, 0, canRead);
  }

  async replaceRoleDefault(
    auth: AuthContext,
    page: LayoutPage,
    role: Role,
    ifMatch: number | undefined,
    layout: PageLayout,
  ): Promise<PageLayoutResponse> {
    const owner: LayoutOwner = { userId: null, role };
    assertCan(auth, 'update', 'PageLayout', owner);
    const visible = await this.keysVisibleToRole(auth, page, role);
    assertValid(page, layout, visible);
    await this.write(
      auth,
      owner,
      page,
      await this.layouts.findDefault(page, role),
      ifMatch,
      layout,
    );
    return this.roleDefault(auth, page, role);
  }

  async resetRoleDefault(
    auth: AuthContext,
    page: LayoutPage,
    role: Role,
    ifMatch: number | undefined,
  ): Promise<void> {
    assertCan(auth, 'delete', 'PageLayout', { userId: null, role });
    await this.erase(auth, await this.layouts.findDefault(page, role), ifMatch);
  }

  /** The page's live custom fields a holder of the role sees (the definitions' visibility is by role alone). */
  private keysVisibleToRole(auth: AuthContext, page: LayoutPage, role: Role) {
    const holder: AuthContext = { ...auth, principal: { ...auth.principal, roles: [role] } };
    return this.customFields.visibleKeys(holder, LAYOUT_PAGE_SPECS[page].recordType);
  }

  /** Whether the caller may read a field of the page (built-in by the rules, custom by its definition). */
  private async readerCheck(auth: AuthContext, page: LayoutPage) {
    const visible = await this.customFields.visibleKeys(auth, LAYOUT_PAGE_SPECS[page].recordType);
    return (field: string) => layoutFieldReadable(page, field, auth.ability, visible);
  }

  /**
   * Creates or replaces a layout. If-Match carries the version read (0: none stored yet);
   * a layout written by another tab or device since is refused with 412.
   */
  private async write(
    auth: AuthContext,
    owner: LayoutOwner,
    page: LayoutPage,
    current: PageLayoutEntity | null,
    ifMatch: number | undefined,
    layout: PageLayout,
  ): Promise<void> {
    if (current === null) {
      if (ifMatch !== undefined && ifMatch !== 0) throw new PreconditionFailedError(0);
      try {
        await this.transactions.run(async (manager) => {
          const created = await this.layouts.insert(manager, owner, page, layout);
          await this.audit.record(manager, auth, {
            entity: AUDIT_NAME,
            entityId: created.id,
            action: 'create',
            after: { ...created },
            fields: AUDITED_FIELDS,
          });
        });
      } catch (error) {
        // Another request stored this layout first: as if the version had moved on.
        if (isUniqueViolation(error)) throw new PreconditionFailedError();
        throw error;
      }
      return;
    }
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      const replaced = await this.layouts.replace(manager, current, layout);
      await this.audit.record(manager, auth, {
        entity: AUDIT_NAME,
        entityId: current.id,
        action: 'update',
        before: { ...current },
        after: { ...replaced },
        fields: AUDITED_FIELDS,
      });
    });
  }

  /** A reset deletes the stored layout; with none stored there is nothing to do. */
  private async erase(
    auth: AuthContext,
    current: PageLayoutEntity | null,
    ifMatch: number | undefined,
  ): Promise<void> {
    if (current === null) {
      if (ifMatch !== undefined && ifMatch !== 0) throw new PreconditionFailedError(0);
      return;
    }
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      await this.layouts.remove(manager, current);
      await this.audit.record(manager, auth, {
        entity: AUDIT_NAME,
        entityId: current.id,
        action: 'delete',
        before: { ...current },
        fields: AUDITED_FIELDS,
      });
    });
  }
}

/** Layouts belong to users: an API key has none. */
function userOf(auth: AuthContext): string {
  if (auth.principal.kind !== 'user')
    throw new ForbiddenError('Page layouts belong to users; an API key has none.');
  return auth.principal.id;
}

function visibleCustomField(field: string, visible: ReadonlySet<string>): boolean {
  const key = customFieldKeyOf(field);
  return key === null || visible.has(key);
}

function assertValid(
  page: LayoutPage,
  layout: PageLayout,
  customFieldKeys: ReadonlySet<string>,
  readable?: (field: string) => boolean,
): void {
  const problems = pageLayoutProblems(page, layout, customFieldKeys, readable);
  if (problems.length > 0) throw new ValidationError(problems);
}

function present(
  page: LayoutPage,
  stored: PageLayoutEntity | null,
  source: LayoutSource,
  role: Role | null,
  version: number,
  canRead: (field: string) => boolean,
): PageLayoutResponse {
  return {
    page,
    source,
    role,
    version,
    ...readableLayout(stored ?? BUILT_IN_LAYOUT, canRead),
    updatedAt: stored?.updatedAt.toISOString() ?? null,
  };
}
