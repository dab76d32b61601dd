import { rulesToAST } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectName } from '@kehu/domain';

/** The record fields a subject's rules may test: field name → qualified SQL column. */
export type SubjectColumns = Readonly<Record<string, string>>;

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

interface FieldNode {
  operator: string;
  field: string;
  value: unknown;
}

interface CompoundNode {
  operator: 'and' | 'or' | 'not';
  value: AstNode[];
}

type AstNode = FieldNode | CompoundNode;

const COMPARISONS: Record<string, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

function isCompound(node: AstNode): node is CompoundNode {
  return !('field' in node);
}

/**
 * Turns the caller's CASL rules for an action on a subject into a SQL condition, so
 * that lists, counts, searches and exports only ever read permitted rows. Column names
 * come from an allow-list and every value is a bound parameter; anything the
 * translation does not know is an error, never a silently wider query.
 */
export function abilityToSql(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  columns: SubjectColumns,
  paramPrefix = 'authz',
): SqlCondition {
  const ast = rulesToAST(ability, action, subject) as AstNode | null;
  if (ast === null) return { sql: 'FALSE', params: {} };
  const params: Record<string, unknown> = {};
  let counter = 0;
  const bind = (value: unknown) => {
    const name = `${paramPrefix}_${counter++}`;
    params[name] = value;
    return name;
  };

  const translate = (node: AstNode): string => {
    if (isCompound(node)) {
      const parts = node.value.map(translate);
      switch (node.operator) {
        case 'and':
          return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
        case 'or':
          return parts.length === 0 ? 'FALSE' : `(${parts.join(' OR ')})`;
        case 'not':
          return `NOT (${parts.join(' AND ')})`;
      }
    }
    const column = columns[node.field];
    if (column === undefined) {
      throw new Error(
        `Permission rules test the field "${node.field}" of ${subject}, which has no column mapping`,
      );
    }
    if (node.operator === 'in' || node.operator === 'nin') {
      if (!Array.isArray(node.value)) throw new Error(`$${node.operator} needs an array`);
      if (node.value.length === 0) return node.operator === 'in' ? 'FALSE' : 'TRUE';
      return `${column} ${node.operator === 'in' ? 'IN' : 'NOT IN'} (:...${bind(node.value)})`;
    }
    const comparison = COMPARISONS[node.operator];
    if (comparison === undefined) {
      throw new Error(`The permission operator "${node.operator}" is not supported in queries`);
    }
    if (node.value === null) {
      if (node.operator === 'eq') return `${column} IS NULL`;
      if (node.operator === 'ne') return `${column} IS NOT NULL`;
    }
    return `${column} ${comparison} :${bind(node.value)}`;
  };

  return { sql: translate(ast), params };
}
