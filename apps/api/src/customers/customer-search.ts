import { normalizeEmail, normalizePhone, toHalfWidth } from '@kehu/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { permittedSql } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import type { Customer } from './entities/customer.entity';

/** A customer number as people write it: `C-000123`, `c123`, `123`. */
export const CUSTOMER_NUMBER = /^(?:c-?)?0*(\d{1,12})$/i;

/** Five or more digits written as a phone number, maybe apart: `138 0013 8000`, `138-0013-8000`. */
const PHONE_DIGITS = /\d(?:[\s\-./()]*\d){4,}/;

/** pg_trgm finds no trigram in a fragment shorter than this; customers_name_grams_idx serves it. */
const TRIGRAM_LENGTH = 3;

/**
 * How many customers a search term names, as far as the plan is concerned:
 * - `few`: collect the matching ids through indexes (name, contacts, phone, email) and
 *   sort them; cheap while the matches are few.
 * - `many`: walk the list in its sort order and test each row, stopping at the page's
 *   end; cheap when matches are dense, ruinous when they are rare.
 */
export type SearchBreadth = 'few' | 'many';

/**
 * The name condition on a customers alias. A fragment too short for a trigram (a
 * one- or two-character name such as `王伟`) is looked up among the name's one- and
 * two-character pieces (customers_name_grams_idx), and the ILIKE rechecks the rows, so
 * the search finds exactly the names containing the fragment, as before.
 */
function nameMatches(alias: string, q: string, param: (name: string) => string): string {
  const contains = `${alias}.name ILIKE :${param('name')}`;
  if ([...q].length >= TRIGRAM_LENGTH) return contains;
  return `(customer_name_grams(${alias}.name) @> ARRAY[lower(:${param('gram')})] AND ${contains})`;
}

function nameParams(q: string, param: (name: string) => string): Record<string, unknown> {
  return { [param('name')]: containsPattern(q), [param('gram')]: q };
}

/** How many customers, first in the list's order, the breadth probe reads. */
const PROBE_SAMPLE = 2000;

/** The list's sort keys (CUSTOMER_SORTABLE) as columns, each the head of an index. */
const SORT_COLUMNS: Readonly<Record<string, string>> = {
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  name: 'c.name',
  number: 'c.number',
};

/**
 * Decides the search's breadth from the share of matching names among the first
 * customers in the list's `sort` order (the rows a walk reads first; permissions and
 * other filters aside, as the probe only chooses a plan and is never shown). A walk reads about 51/d rows for a match density d, and
 * collecting reads a few pages per match, d·N for N customers: the two cost about the
 * same at d = 5/√N (0.5 % of a million), above which the walk is cheaper. The sample
 * is read through the sort's index. Sorted by name, a common term may still be slow
 * when its matches start far down the order (`有限公司` after every Latin name).
 */
export async function searchBreadth(
  manager: EntityManager,
  q: string,
  sort = '-createdAt',
): Promise<SearchBreadth> {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const column = SORT_COLUMNS[sort.replace(/^-/, '')] ?? SORT_COLUMNS.createdAt;
  const [sql, params] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT count(*) FILTER (WHERE s.name ILIKE :name)::int AS matches, count(*)::int AS sampled,
            (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'customers'::regclass) AS total
       FROM (SELECT c.name FROM customers c WHERE c.deleted_at IS NULL
              ORDER BY ${column} ${direction}, c.id ${direction} LIMIT ${PROBE_SAMPLE}) s`,
    { name: containsPattern(q) },
    {},
  );
  const [sample] = await manager.query<{ matches: number; sampled: number; total: number }[]>(
    sql,
    params,
  );
  if (!sample?.matches) return 'few';
  const total = Math.max(Number(sample.total), sample.sampled);
  return sample.matches / sample.sampled >= 5 / Math.sqrt(total) ? 'many' : 'few';
}

/** The people whose name matches among those the caller may read (a hidden person's name must not find their company). */
function readablePeopleNamed(
  auth: AuthContext,
  nameCondition: string,
  param: (name: string) => string,
): { sql: string; params: Record<string, unknown> } {
  const readable = permittedSql(auth, 'read', 'Customer', 'p', param('contact_authz'));
  return {
    sql: `p.deleted_at IS NULL AND ${nameCondition} AND ${readable.sql}`,
    params: readable.params,
  };
}

/** One way a search finds customers through other records: SQL selecting ids, its parameters. */
interface IdBranch {
  sql: string;
  params: Record<string, unknown>;
}

/** The companies with a matching contact, collected: customers_name_trgm_idx (or the grams) finds the people, contacts_person_idx their companies. */
function contactNameBranch(
  auth: AuthContext,
  q: string,
  param: (name: string) => string,
): IdBranch {
  const people = readablePeopleNamed(auth, nameMatches('p', q, param), param);
  return {
    sql: `SELECT ct.company_id FROM customers p JOIN contacts ct ON ct.person_id = p.id AND ct.deleted_at IS NULL WHERE ${people.sql}`,
    params: people.params,
  };
}

/**
 * Whether this row has a matching contact, tested row by row through
 * contacts_company_idx. `OFFSET 0` keeps it a per-row probe: without it PostgreSQL may
 * turn it into a hashed set of every matching person, built from a scan of customers
 * (its estimate of how many people a company-like term names is far too high).
 */
function hasContactNamed(auth: AuthContext, param: (name: string) => string): IdBranch {
  const people = readablePeopleNamed(auth, `p.name ILIKE :${param('name')}`, param);
  return {
    sql: `EXISTS (SELECT 1 FROM contacts ct JOIN customers p ON p.id = ct.person_id WHERE ct.company_id = c.id AND ct.deleted_at IS NULL AND ${people.sql} OFFSET 0)`,
    params: people.params,
  };
}

/**
 * The customers whose normalized phone is the one `term` writes, in any format (spaces,
 * dashes, +86, full-width digits), by customer_keys_lookup_idx; null when `term` is no phone.
 */
function phoneBranch(term: string, param: (name: string) => string): IdBranch | null {
  const phone = PHONE_DIGITS.test(term) ? normalizePhone(term) : null;
  if (!phone) return null;
  return {
    sql: `SELECT k.customer_id FROM customer_keys k WHERE k.field = 'phone' AND k.value = :${param('phone')}`,
    params: { [param('phone')]: phone },
  };
}

/**
 * The customers with an email starting with `term` (a whole address or its start, case
 * and width folded). The database collates in C, so the prefix LIKE is a range of
 * customer_keys_lookup_idx. Null when `term` has no `@`.
 */
function emailBranch(term: string, param: (name: string) => string): IdBranch | null {
  if (!term.includes('@')) return null;
  const email = normalizeEmail(term) ?? term.toLowerCase();
  return {
    sql: `SELECT k.customer_id FROM customer_keys k WHERE k.field = 'email' AND k.value LIKE :${param('email')}`,
    params: { [param('email')]: `${email.replace(/[\\%_]/g, (char) => `\\${char}`)}%` },
  };
}

/**
 * Name by ILIKE, the customer's own or a contact's; customer number exactly; phone and
 * email through their normalized keys (whole values, or the start of an email).
 *
 * For a term naming `few` customers every alternative of the OR can use an index, so
 * PostgreSQL ORs their bitmaps: the name on customers_name_trgm_idx (a fragment shorter
 * than a trigram on customers_name_grams_idx), the number on customers_number_key, and
 * the ids found through other records (contacts, phone and email keys) as one UNION ALL
 * of index-backed branches, evaluated once and matched against the primary key.
 * For a term naming `many` (`有限公司`), collecting would read every match; the list is
 * walked in its sort order instead, each row tested by its name and a per-row contact
 * probe, and the walk stops at the page's end. Both forms find the same customers.
 */
export function searchCustomers(
  query: SelectQueryBuilder<Customer>,
  q: string,
  auth: AuthContext,
  param: (name: string) => string,
  breadth: SearchBreadth,
): void {
  const term = toHalfWidth(q);
  const params = nameParams(q, param);
  const clauses: string[] = [];
  const branches: IdBranch[] = [];
  if (breadth === 'many') {
    const contact = hasContactNamed(auth, param);
    clauses.push(`c.name ILIKE :${param('name')}`, contact.sql);
    Object.assign(params, contact.params);
  } else {
    clauses.push(nameMatches('c', q, param));
    branches.push(contactNameBranch(auth, q, param));
  }
  const number = CUSTOMER_NUMBER.exec(term);
  if (number) {
    clauses.push(`c.number = :${param('number')}`);
    params[param('number')] = number[1];
  }
  for (const branch of [phoneBranch(term, param), emailBranch(term, param)])
    if (branch) branches.push(branch);
  if (branches.length)
    clauses.push(`c.id = ANY(ARRAY(${branches.map((branch) => branch.sql).join(' UNION ALL ')}))`);
  for (const branch of branches) Object.assign(params, branch.params);
  query.andWhere(`(${clauses.join(' OR ')})`, params);
}
