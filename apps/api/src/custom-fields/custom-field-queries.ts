import { Injectable } from '@nestjs/common';
import {
  type CustomFieldCondition,
  type CustomFieldQueryProblem,
  type CustomFieldRecordType,
  type CustomFieldSort,
  customFieldVisibleTo,
  isCustomFieldSort,
  parseCustomFieldFilters,
  parseCustomFieldSort,
} from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { ValidationError } from '../common/errors/app-error';
import { CustomFieldsRepository } from './custom-fields.repository';

/** A list request's custom field filters and sort, checked and ready for SQL. */
export interface CustomFieldQuery {
  conditions: CustomFieldCondition[];
  sort: CustomFieldSort | null;
}

/** What a list request or a saved filter gives: its `cf.<key>` filters, and its sort. */
export interface CustomFieldRequest {
  cf?: Record<string, unknown>;
  sort?: string;
}

const NONE: CustomFieldQuery = { conditions: [], sort: null };

/**
 * Reads `cf.<key>` filters and `sort=cf.<key>` against the definitions the caller sees
 * (live, visible to one of their roles, flagged filterable / sortable), for the lists,
 * their exports and the segments. The SQL is custom-field-filters.ts'.
 */
@Injectable()
export class CustomFieldQueries {
  constructor(private readonly definitions: CustomFieldsRepository) {}

  /**
   * The conditions and sort of a request, or 400 naming each parameter that is wrong
   * (`fieldPrefix` before it: `filter.` for a segment's stored filter).
   */
  async resolve(
    auth: AuthContext,
    recordType: CustomFieldRecordType,
    request: CustomFieldRequest,
    fieldPrefix = '',
  ): Promise<CustomFieldQuery> {
    const { query, problems } = await this.check(auth, recordType, request);
    if (problems.length > 0)
      throw new ValidationError(
        problems.map((problem) => ({
          field: `${fieldPrefix}${problem.parameter}`,
          message: `${fieldPrefix}${problem.message}`,
        })),
        problems.map((problem) => `${fieldPrefix}${problem.message}`).join('; '),
      );
    return query;
  }

  /** The conditions and sort, and what is wrong with them (nothing when empty). */
  async check(
    auth: AuthContext,
    recordType: CustomFieldRecordType,
    request: CustomFieldRequest,
  ): Promise<{ query: CustomFieldQuery; problems: CustomFieldQueryProblem[] }> {
    const filters = request.cf ?? {};
    if (Object.keys(filters).length === 0 && !isCustomFieldSort(request.sort))
      return { query: NONE, problems: [] };
    const fields = (await this.definitions.liveDefinitions(recordType)).filter((field) =>
      customFieldVisibleTo(field, auth.principal.roles),
    );
    const parsed = parseCustomFieldFilters(filters, fields);
    const sort = parseCustomFieldSort(request.sort, fields);
    return {
      query: { conditions: parsed.conditions, sort: sort.ok ? sort.sort : null },
      problems: sort.ok ? parsed.problems : [...parsed.problems, sort.problem],
    };
  }
}
