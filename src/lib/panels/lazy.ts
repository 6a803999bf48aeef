/**
 * Components whose code is not in the first bundle (design.md "Budgets": initial app JS ≤ 60 KB gzip
 * without maplibre-gl). A loader is imported once; after that `loadedOf` hands the component back
 * synchronously, so a panel that was opened (or prefetched after the map is ready) shows at once.
 */
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a cache over loaders of any props
type AnyComponent = Component<any>;
export type Loader<P extends Record<string, unknown> = Record<string, unknown>> = () => Promise<{ default: Component<P> }>;

const loaded = new Map<() => Promise<{ default: AnyComponent }>, AnyComponent>();
const pending = new Map<() => Promise<{ default: AnyComponent }>, Promise<AnyComponent>>();

/** The component if its code is already here, else undefined. */
export function loadedOf<P extends Record<string, unknown>>(load: Loader<P>): Component<P> | undefined {
  return loaded.get(load) as Component<P> | undefined;
}

/** Imports once; a failed import is forgotten so the next call tries again. */
export function loadOnce<P extends Record<string, unknown>>(load: Loader<P>): Promise<Component<P>> {
  let p = pending.get(load);
  if (!p) {
    p = load().then((m) => { loaded.set(load, m.default); return m.default as AnyComponent; });
    p.catch(() => pending.delete(load));
    pending.set(load, p);
  }
  return p as Promise<Component<P>>;
}
