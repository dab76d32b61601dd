import { createContext, useContext } from 'react';

/**
 * The profile fields the user chose for the page they are on (null: every field), for the
 * profile panel, which the page renders through the panel registry.
 */
export const LayoutFieldsContext = createContext<readonly string[] | null>(null);

export function useLayoutFields(): readonly string[] | null {
  return useContext(LayoutFieldsContext);
}
