import { useEffect, useState } from 'react';

/** The value as it was once it stopped changing for `delayMs`; compare by a string key. */
export function useDebouncedValue<T extends string | null>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
