import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { sha256 } from '../common/crypto/sha256';
import { NotFoundError, ValidationError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import { UsersService } from '../users/users.service';
import { newApiKey } from './api-key-format';
import { ApiKeysRepository } from './api-keys.repository';
import {
  type ApiKeyResponse,
  type CreateApiKeyRequest,
  type CreatedApiKeyResponse,
  type ListApiKeysQuery,
  toApiKeyResponse,
} from './dto/api-key.dto';
import { ApiKey } from './entities/api-key.entity';

const API_KEY: AuditedTarget<ApiKey> = {
  entity: ApiKey,
  auditName: 'api-key',
  fields: ['name', 'role', 'scopes', 'teamId', 'dealerOrgId', 'expiresAt', 'revokedAt', 'keyHash'],
  secretFields: ['keyHash'],
};

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly apiKeys: ApiKeysRepository,
    private readonly users: UsersService,
    private readonly writes: AuditedWrites,
  ) {}

  async list(auth: AuthContext, query: ListApiKeysQuery): Promise<Page<ApiKeyResponse>> {
    const page = await this.apiKeys.list(auth, query);
    return { items: page.items.map(toApiKeyResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<ApiKeyResponse> {
    return toApiKeyResponse(await this.findReadable(auth, id));
  }

  /** The secret is returned here once; only its hash is stored. */
  async create(auth: AuthContext, request: CreateApiKeyRequest): Promise<CreatedApiKeyResponse> {
    const teamId = request.teamId ?? null;
    const dealerOrgId = request.dealerOrgId ?? null;
    if (teamId !== null && (await this.users.missingTeams([teamId])).length > 0) {
      throw ValidationError.field('teamId', 'names an unknown team');
    }
    if (dealerOrgId !== null && !(await this.users.dealerOrgExists(dealerOrgId))) {
      throw ValidationError.field('dealerOrgId', 'names an unknown dealer org');
    }
    if (request.role === 'channel_partner' && dealerOrgId === null) {
      throw ValidationError.field('dealerOrgId', 'is required for a channel partner key');
    }
    const expiresAt = request.expiresAt ? new Date(request.expiresAt) : null;
    if (expiresAt !== null && expiresAt.getTime() <= Date.now()) {
      throw ValidationError.field('expiresAt', 'must be in the future');
    }
    const { key, prefix } = newApiKey();
    const created = await this.writes.create(auth, API_KEY, {
      name: request.name.trim(),
      role: request.role,
      scopes: request.scopes,
      teamId,
      dealerOrgId,
      expiresAt,
      prefix,
      keyHash: sha256(key),
      createdById: auth.actor.type === 'user' ? auth.actor.id : null,
    });
    return { ...toApiKeyResponse(created), key };
  }

  /** Revoked keys stop working on their next request and stay listed for the record. */
  async revoke(auth: AuthContext, id: string): Promise<void> {
    const current = await this.findReadable(auth, id);
    if (current.revokedAt !== null) return;
    await this.writes.update(auth, API_KEY, current, undefined, { revokedAt: new Date() });
  }

  private async findReadable(auth: AuthContext, id: string): Promise<ApiKey> {
    const apiKey = await this.apiKeys.findReadable(auth, id);
    if (!apiKey) throw new NotFoundError('The API key');
    return apiKey;
  }
}
