/**
 * The live map, handed down through Svelte context in the style of svelte-maplibre-gl's
 * `contexts.svelte.ts` (MIERUNE): App provides the context, MapView fills it, and every component
 * that draws or moves the camera asks for it. Work queued before the style and the data are in runs
 * when they are; asking outside a provider throws, so nothing can reach for a map that is not there.
 * `window.__atlasMap` is the one read-only handle kept for tests and embedding pages (README).
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('atlas map');

export class MapContext {
  /** The map, once created; `ready` once the base style and the atlas sources are in. */
  map: MapLibreMap | null = $state.raw(null);
  ready = $state(false);
  /** True once the map has drawn the data and gone idle for the first time (the first complete picture). */
  drawn = $state(false);
  #pending: ((map: MapLibreMap) => void)[] = [];

  /** Runs `fn` now if the map is ready, else as soon as it is. */
  whenReady(fn: (map: MapLibreMap) => void): void {
    if (this.map && this.ready) fn(this.map);
    else this.#pending.push(fn);
  }

  attach(map: MapLibreMap | null): void {
    this.map = map;
    this.ready = false;
    this.drawn = false;
    if (typeof window !== 'undefined') {
      Object.defineProperty(window, '__atlasMap', { value: map, configurable: true, writable: false });
    }
  }

  markDrawn(): void {
    if (this.map) this.drawn = true;
  }

  markReady(): void {
    if (!this.map) return;
    this.ready = true;
    const queued = this.#pending;
    this.#pending = [];
    for (const fn of queued) fn(this.map);
  }
}

export function provideMap(): MapContext {
  return setContext(KEY, new MapContext());
}

export function useMap(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('useMap(): no map context; call it inside a component under App (provideMap)');
  return ctx;
}
