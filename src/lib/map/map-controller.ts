/**
 * The live MapLibre map, for the components that move the camera. One instance per page.
 * Tests read `window.__atlasMap` to project a county's point to pixels before a real mouse click.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';

let map: MapLibreMap | null = null;

export function setMap(m: MapLibreMap | null): void {
  map = m;
  (window as unknown as { __atlasMap?: MapLibreMap | null }).__atlasMap = m;
}

export function getMap(): MapLibreMap | null {
  return map;
}

export function boundsOf(f: Feature | { type: 'FeatureCollection'; features: Feature[] }): LngLatBoundsLike {
  const [w, s, e, n] = bbox(f as never);
  return [[w, s], [e, n]];
}

/** Fit a feature; padding leaves room for the sidebar on wide screens. */
export function fitTo(f: Parameters<typeof boundsOf>[0], animate = true): void {
  if (!map) return;
  const wide = map.getContainer().clientWidth > 700;
  map.fitBounds(boundsOf(f), { padding: wide ? { top: 40, bottom: 40, left: 40, right: 40 } : 24, duration: animate ? 600 : 0, maxZoom: 10 });
}
