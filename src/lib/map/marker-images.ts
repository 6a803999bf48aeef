/**
 * The marker icons, made in code as signed-distance-field images (no sprite file is requested).
 * MapLibre fills an SDF icon with `icon-color` and rings it with `icon-halo-color`/`-width`, so one
 * image per shape serves every kind's colour, the hover and the selection; and a symbol layer, unlike
 * a circle layer, takes part in label collision (issue 11: park markers sat on station dots).
 * https://maplibre.org/maplibre-style-spec/layers/#paint-symbol-icon-color
 * The field is encoded as MapLibre's glyphs are (TinySDF, radius 8, cutoff 0.25): alpha =
 * 255 × (0.75 − d / 8) with d the distance outside the edge in image pixels; a halo of h px at
 * icon-size s reaches h / s image pixels out.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { shapeDistance, shapeReach, type MarkerShape } from './marker-shapes.ts';

/**
 * Image pixels per marker unit: a marker of radius r px is drawn at icon-size r / unit. The field
 * around a shape is BUFFER image px, so a ring may be up to BUFFER × r / unit px wide; a wider one
 * would fill the whole icon square. The collision box is the image, so a big unit keeps the box
 * close to the drawn marker (names beside a park keep their place): the park shapes use 20 (rings up
 * to 2.1 px at radius 7); the round station dot, drawn as small as 2 px, uses 8 (rings up to 1.5 px there).
 */
export const markerUnitPx = (shape: MarkerShape): number => (shape === 'circle' ? 8 : 20);
export const MARKER_BUFFER_PX = 6;
export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'hexagon', 'triangle'];

export const markerImageId = (shape: MarkerShape): string => `marker-${shape}`;

export function markerSdf(shape: MarkerShape): { width: number; height: number; data: Uint8Array } {
  const unit = markerUnitPx(shape);
  const half = Math.ceil(shapeReach(shape) * unit + MARKER_BUFFER_PX);
  const size = 2 * half;
  const data = new Uint8Array(size * size * 4).fill(255);
  // Every shape is symmetric about its vertical axis (marker-shapes.test.ts): the left half is
  // computed and mirrored. This runs while the map is first set up, before the engine has optimised
  // it: the whole square cost ~130 ms of the main thread in a first-load probe (docs/BENCH.md, session 6).
  for (let y = 0; y < size; y++) for (let x = 0; x < half; x++) {
    const d = shapeDistance(shape, (x + 0.5 - half) / unit, (y + 0.5 - half) / unit) * unit;
    const alpha = Math.round(Math.max(0, Math.min(1, 0.75 - d / 8)) * 255);
    data[(y * size + x) * 4 + 3] = alpha;
    data[(y * size + size - 1 - x) * 4 + 3] = alpha;
  }
  return { width: size, height: size, data };
}

/** Adds every marker image once (the overlays' symbol layers name them by markerImageId). */
export function addMarkerImages(map: MapLibreMap): void {
  for (const shape of MARKER_SHAPES) if (!map.hasImage(markerImageId(shape))) map.addImage(markerImageId(shape), markerSdf(shape), { sdf: true });
}

/**
 * The paint of a marker of one constant look that still shares the park and station markers' GPU
 * program. MapLibre compiles one program per mix of per-feature and constant paint properties
 * (program-variants.ts; ~0.1 s each under software GL on the first paint); the markers read their
 * fill and ring colour per feature and their ring width per feature and zoom, so the constants here
 * are written in those forms: a `case` whose branches agree, inside a zoom curve that is flat.
 */
export function sharedMarkerPaint(fill: string, ring: string, ringWidth: number): Record<'icon-color' | 'icon-halo-color' | 'icon-halo-width', ExpressionSpecification> {
  const perFeature = (v: string | number) => ['case', ['has', 'id'], v, v] as unknown as ExpressionSpecification;
  return {
    'icon-color': perFeature(fill),
    'icon-halo-color': perFeature(ring),
    'icon-halo-width': ['interpolate', ['linear'], ['zoom'], 0, perFeature(ringWidth), 24, perFeature(ringWidth)] as unknown as ExpressionSpecification,
  };
}
