/**
 * GeoJSON tiles with a narrow buffer (issue 11, "Performance that must hold"). MapLibre cuts every
 * GeoJSON source into 512 px tiles in its worker (geojson-vt) and keeps around each tile a buffer of
 * its neighbours' geometry: 128 px by default, so every tile carries 2.25 × its own area to clip,
 * triangulate and turn into buffers — on the first paint that is most of the worker's time, and the
 * map waits for the worker (draw-gate.ts). The buffer only has to hold what a feature just outside
 * a tile can draw inside it: lines here are at most ~6 px wide (rail casing), so their caps, joins
 * and the cut edges of polygons drawn as lines stay outside the tile; symbols are drawn whole from
 * the tile of their anchor and collide on the screen, not per tile. 32 px keeps a wide margin.
 * Measured on the first load (interleaved, 8 rounds): ready 3.96 → 3.67 s at 32 px (docs/BENCH.md).
 * https://maplibre.org/maplibre-style-spec/sources/#geojson-buffer
 */
import type { GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';

export const TILE_BUFFER_PX = 32;

/** The spec with the narrow buffer, unless it sets its own. */
export function tileBuffered(spec: GeoJSONSourceSpecification): GeoJSONSourceSpecification {
  return spec.buffer === undefined ? { ...spec, buffer: TILE_BUFFER_PX } : spec;
}

/** How every GeoJSON source of the app reaches the map: once, with the narrow buffer. */
export function addGeoJsonSource(map: MapLibreMap, id: string, spec: GeoJSONSourceSpecification): void {
  if (!map.getSource(id)) map.addSource(id, tileBuffered(spec));
}
