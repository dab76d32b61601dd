import type { SubjectName } from '@kehu/domain';
import type { AuthContext } from '../../authz/auth-context';
import type { ApiLanguage } from '../i18n/request-language';
import type { Page } from '../pagination/keyset';
import type { ExportedCustomFields } from './custom-field-columns';
import type { ExportColumn, ExportColumnValue } from './spreadsheet-export';

/** A page of a list export asks its list for: the list's filters, a page size and a cursor. */
export type ExportPageQuery<Filter extends object> = Filter & { limit: number; cursor?: string };

/**
 * The parts of a list export that differ per target (customers, leads): the subject, the
 * columns and their headers, the file's name, and how the rows are read. Answering the
 * request (format, language, time zone), streaming CSV or XLSX page by page, and leaving
 * out the columns the caller may not read are shared by `ExportService`; the route is
 * made by `exportController`.
 */
export interface ExportTarget<Filter extends object = object, Item = unknown, Row = unknown> {
  /** The subject whose `export` permission the caller needs and whose fields the columns are. */
  readonly subject: SubjectName;
  /** The file name without date and extension, e.g. `customers`. */
  readonly fileName: string;
  /** The worksheet's name in an XLSX file, per language. */
  readonly sheetName: Readonly<Record<ApiLanguage, string>>;
  /** Each column's header per language, by column key (the `header`, else the field). */
  readonly headers: Readonly<Record<ApiLanguage, Readonly<Record<string, string>>>>;
  /**
   * The columns in order. A column whose field the caller may not read (e.g. a financial
   * field for a dealer) is left out of their file.
   */
  readonly columns: ReadonlyArray<ExportColumn<Row>>;
  /**
   * The record type whose custom fields follow the columns, one column each for the
   * live fields the caller sees, and where a row holds their values.
   */
  readonly customFields?: ExportedCustomFields<Row>;
  /**
   * A page of the list's own keyset query, after the cursor: only records the caller may
   * read, the permissions applied in the SQL query.
   */
  page(auth: AuthContext, query: ExportPageQuery<Filter>): Promise<Page<Item>>;
  /** The record as the caller may see it (fields they may not read left out). */
  present(auth: AuthContext, item: Item): Row;
}

/** The fields every exported record has around its catalogue fields. */
type RecordRow = {
  number?: string;
  createdAt?: string;
  updatedAt?: string;
};

/**
 * The columns of a record export: its number, then the exportable fields of its field
 * catalogue in the catalogue's order, then when it was created and updated. A field is
 * written as the columns `columnsOf` gives it, else as one text column of the row's
 * same-named value.
 */
export function catalogueColumns<Field extends string, Row extends RecordRow>(
  exportableFields: readonly Field[],
  columnsOf: Partial<Record<Field, ReadonlyArray<ExportColumnValue<Row>>>>,
): Array<ExportColumn<Row>> {
  const fieldColumns = exportableFields.flatMap((field): Array<ExportColumn<Row>> => {
    const columns = columnsOf[field] ?? [
      { value: (row: Row) => (row as Record<string, unknown>)[field] as string | null | undefined },
    ];
    return columns.map((column) => ({ field, ...column }));
  });
  return [
    { field: 'number', value: (row) => row.number },
    ...fieldColumns,
    { field: 'createdAt', type: 'dateTime', value: (row) => row.createdAt },
    { field: 'updatedAt', type: 'dateTime', value: (row) => row.updatedAt },
  ];
}
