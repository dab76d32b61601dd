import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Loads a page's code only when its route is opened; pages keep named exports. */
export function lazyPage(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: await load() }));
}
