/**
 * Keeps the address bar and the app state in step (design.md, "URL scheme"):
 * - at start the state is read from the URL (main.ts);
 * - selections (the circle and the one selection: selector.ts) are pushed, so Back and Forward step
 *   through them; everything else (camera, layers, language) replaces the current entry;
 * - popstate puts the state of that entry back, camera included (an entry without one gets the
 *   camera rule of what it shows: UrlSync.svelte).
 * The URL is owned by permalink.ts; this module only moves strings between it and `history`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parsePermalink, roundCamera, serializePermalink, type Camera, type PermalinkState, type Vocabulary } from './permalink.ts';

/** What decides push vs replace: the view, the circle and the selection, as one comparable string (a what-if edit replaces: undo is in the page). */
const selectionKey = (s: PermalinkState) => `${s.view}|${s.circle ?? ''}|${s.selection ? `${s.selection.kind}=${s.selection.id}` : ''}`;

export function currentCamera(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
}

export function applyCamera(map: MapLibreMap, camera: Camera): void {
  map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
}

/** The href of a state on this page (absolute, for sharing). */
export function hrefOf(state: PermalinkState, vocab: Vocabulary, loc: Location = location): string {
  return new URL(serializePermalink(state, loc.pathname, vocab), loc.origin).href;
}

export interface UrlWriter { write(state: PermalinkState, vocab: Vocabulary): void; reset(state: PermalinkState): void }

/** Decides push or replace by comparing the selection keys with what was last written. */
export function createUrlWriter(h: History = history, loc: Location = location): UrlWriter {
  let last: string | null = null;
  return {
    write(state, vocab) {
      const url = serializePermalink(state, loc.pathname, vocab);
      const selectionChanged = last !== null && last !== selectionKey(state);
      last = selectionKey(state);
      if (url === loc.pathname + loc.search + loc.hash) return;
      if (selectionChanged) h.pushState(null, '', url); else h.replaceState(null, '', url);
    },
    reset(state) { last = selectionKey(state); },
  };
}

export function readUrl(vocab: Vocabulary, loc: Location = location): PermalinkState {
  return parsePermalink(loc.href, vocab);
}
