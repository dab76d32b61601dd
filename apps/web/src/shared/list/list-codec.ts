/**
 * A list page's state (search, filters, sort) as the address holds it: each key has a param
 * that reads its values from the search params and writes them back. What equals the default
 * is left out of the address; anything malformed in it is ignored.
 */
export interface ListParam<T> {
  /** The value from the address (all values of the key, usually one); undefined if none fits. */
  read: (values: readonly string[]) => T | undefined;
  /** The address form of a value; nothing for an empty one. */
  write: (value: T) => string[];
  /**
   * A family of params under one key of the state (`cf.size=…&cf.tier=…`): read and
   * written by their names after the prefix; each one set counts as a filter.
   */
  family?: {
    prefix: string;
    read: (entries: ReadonlyArray<[string, string]>) => T | undefined;
    write: (value: T) => Array<[string, string]>;
  };
}

/** Keys whose value may not be undefined: they start from, and fall back to, their default. */
type RequiredKeys<S> = { [K in keyof S]-?: undefined extends S[K] ? never : K }[keyof S];

export interface ListCodecConfig<S extends object> {
  params: { [K in keyof S]-?: ListParam<NonNullable<S[K]>> };
  /** The state of a fresh page; these values are not written to the address. */
  defaults: Pick<S, RequiredKeys<S>> & Partial<S>;
  /** The free-text search key: not a filter. */
  search?: keyof S;
  /** The sort key: not a filter. */
  sort?: keyof S;
  /** Keys that count as one filter together, such as the two ends of a date range. */
  countAsOne?: ReadonlyArray<readonly (keyof S)[]>;
}

export interface ListCodec<S extends object> {
  readonly defaults: S;
  readonly searchKey: keyof S | undefined;
  /** Reads the state from the address, ignoring anything malformed or unknown. */
  parse: (params: URLSearchParams) => S;
  /**
   * The address form of the state: only what differs from the defaults. A filter that has a
   * default and was cleared is written empty (`status=`), so the choice survives a reload.
   */
  toParams: (state: S) => URLSearchParams;
  /** How many filters are set (search and sort are not filters). */
  activeFilterCount: (state: S) => number;
  /** The same search and sort, every filter back to its default. */
  withoutFilters: (state: S) => S;
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function defineListCodec<S extends object>(config: ListCodecConfig<S>): ListCodec<S> {
  const keys = Object.keys(config.params) as Array<keyof S & string>;
  const defaults = config.defaults as S;
  const params = config.params as Record<keyof S, ListParam<unknown>>;
  const isFilter = (key: keyof S) => key !== config.search && key !== config.sort;
  const filterKeys = keys.filter(isFilter);
  const hasDefault = (key: keyof S) => defaults[key] !== undefined;

  const parse = (search: URLSearchParams): S => {
    const state: Partial<S> = { ...defaults };
    for (const key of keys) {
      const family = params[key].family;
      if (family) {
        const entries = [...search].flatMap(([name, value]): Array<[string, string]> =>
          name.startsWith(family.prefix) ? [[name.slice(family.prefix.length), value]] : [],
        );
        const value = family.read(entries);
        if (value !== undefined) state[key] = value as S[typeof key];
        continue;
      }
      const values = search.getAll(key);
      if (values.length === 0) continue;
      const value = params[key].read(values);
      if (value !== undefined) state[key] = value as S[typeof key];
      else if (isFilter(key) && hasDefault(key) && values.every((item) => item === '')) {
        delete state[key];
      }
    }
    return state as S;
  };

  const toParams = (state: S): URLSearchParams => {
    const search = new URLSearchParams();
    for (const key of keys) {
      const value = state[key];
      if (value === undefined) {
        if (isFilter(key) && hasDefault(key)) search.set(key, '');
        continue;
      }
      if (sameValue(value, defaults[key])) continue;
      const family = params[key].family;
      if (family) {
        for (const [name, item] of family.write(value)) search.append(family.prefix + name, item);
        continue;
      }
      for (const item of params[key].write(value)) search.append(key, item);
    }
    return search;
  };

  const activeFilterCount = (state: S): number => {
    // Set: it has an address form (an unticked flag, blank text or no tags have none).
    const set = (key: keyof S) =>
      state[key] !== undefined &&
      !sameValue(state[key], defaults[key]) &&
      params[key].write(state[key]).length > 0;
    const grouped = new Set((config.countAsOne ?? []).flat());
    const familySize = (key: keyof S) => {
      const family = params[key].family;
      return family && state[key] !== undefined ? family.write(state[key]).length : 0;
    };
    const families = filterKeys.reduce((sum, key) => sum + familySize(key), 0);
    const single = filterKeys.filter(
      (key) => !params[key].family && !grouped.has(key) && set(key),
    ).length;
    const groups = (config.countAsOne ?? []).filter((group) => group.some(set)).length;
    return single + groups + families;
  };

  const withoutFilters = (state: S): S => {
    const next: Partial<S> = { ...defaults };
    for (const key of [config.search, config.sort]) if (key) next[key] = state[key];
    return next as S;
  };

  return {
    defaults,
    searchKey: config.search,
    parse,
    toParams,
    activeFilterCount,
    withoutFilters,
  };
}

/** Ready-made params for the usual kinds of value. */
export const listParam = {
  /** Free text, trimmed; blank is none. */
  text(): ListParam<string> {
    return {
      read: ([value]) => value?.trim() || undefined,
      write: (value) => (value === '' ? [] : [value]),
    };
  },
  /** Text of a given form (a day `YYYY-MM-DD`, an id). */
  matching(pattern: RegExp): ListParam<string> {
    return {
      read: ([value]) => (value !== undefined && pattern.test(value) ? value : undefined),
      write: (value) => (value === '' ? [] : [value]),
    };
  },
  /** One of a fixed set of values. */
  oneOf<T extends string>(values: readonly T[]): ListParam<T> {
    return {
      read: ([value]) => values.find((known) => known === value),
      write: (value) => [value],
    };
  },
  /** A checkbox: `1` when on, absent when off. */
  flag(): ListParam<boolean> {
    return {
      read: ([value]) => (value === '1' ? true : undefined),
      write: (value) => (value ? ['1'] : []),
    };
  },
  /** Yes or no, either being a choice: `true` / `false`; none when neither is chosen. */
  boolean(): ListParam<boolean> {
    return {
      read: ([value]) => (value === 'true' ? true : value === 'false' ? false : undefined),
      write: (value) => [String(value)],
    };
  },
  /**
   * A family of text params by name (`cf.size=1..5&cf.tier=a,b`), as one record; names
   * must match `name`, blank values are none.
   */
  family(prefix: string, name: RegExp): ListParam<Record<string, string>> {
    const entries = (value: Record<string, string>) =>
      Object.entries(value).filter(([key, text]) => name.test(key) && text.trim() !== '');
    return {
      read: () => undefined,
      write: (value) => entries(value).map(([key, text]) => `${key}=${text}`),
      family: {
        prefix,
        read: (found) => {
          const kept = Object.fromEntries(found.map(([key, text]) => [key, text.trim()]));
          return entries(kept).length > 0 ? Object.fromEntries(entries(kept)) : undefined;
        },
        write: (value) => entries(value).map(([key, text]) => [key, text.trim()]),
      },
    };
  },
  /** Several values under one key (`tagId=a&tagId=b`): distinct, of a form, at most `max`. */
  many(pattern: RegExp, max: number): ListParam<string[]> {
    return {
      read: (values) => {
        const fitting = [...new Set(values.filter((value) => pattern.test(value)))];
        return fitting.length > 0 ? fitting.slice(0, max) : undefined;
      },
      write: (values) => [...values],
    };
  },
};
