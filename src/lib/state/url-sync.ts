/**
 * Keeps the address bar and the app state in step (design.md, "URL scheme"):
 * - at start the state is read from the URL (main.ts);
 * - selections (circle, park, county) are pushed, so Back and Forward step through them;
 *   everything else (camera, layers, language) replaces the current entry;
 * - popstate puts the state of that entry back, camera included.
 * The URL is owned by permalink.ts; this module only moves strings between it and `history`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parsePermalink, roundCamera, serializePermalink, type Camera, type PermalinkState } from './permalink.ts';

const SELECTION_KEYS = ['circle', 'park', 'county'] as const;

export function currentCamera(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
}

export function applyCamera(map: MapLibreMap, camera: Camera): void {
  map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
}

/** The href of a state on this page (absolute, for sharing). */
export function hrefOf(state: PermalinkState, loc: Location = location): string {
  return new URL(serializePermalink(state, loc.pathname), loc.origin).href;
}

export interface UrlWriter { write(state: PermalinkState): void; reset(state: PermalinkState): void }

/** Decides push or replace by comparing the selection keys with what was last written. */
export function createUrlWriter(h: History = history, loc: Location = location): UrlWriter {
  let last: Pick<PermalinkState, (typeof SELECTION_KEYS)[number]> | null = null;
  return {
    write(state) {
      const url = serializePermalink(state, loc.pathname);
      const selectionChanged = last !== null && SELECTION_KEYS.some((k) => last![k] !== state[k]);
      last = { circle: state.circle, park: state.park, county: state.county };
      if (url === loc.pathname + loc.search + loc.hash) return;
      if (selectionChanged) h.pushState(null, '', url); else h.replaceState(null, '', url);
    },
    reset(state) { last = { circle: state.circle, park: state.park, county: state.county }; },
  };
}

export function readUrl(circles: readonly string[], loc: Location = location): PermalinkState {
  return parsePermalink(loc.href, circles);
}
