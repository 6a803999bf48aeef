/**
 * A marker's drawn radius in px, read from its own layer: the layer's `icon-size` evaluated for the
 * feature at a zoom with the style spec's evaluator, times the icon image's px per marker unit
 * (marker-images.ts). Used by the unit and e2e tiers, so no test keeps a copy of the style's numbers.
 */
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { markerUnitPx } from '../src/lib/map/marker-images.ts';
import type { MarkerShape } from '../src/lib/map/marker-shapes.ts';
import { parkTopLayers } from '../src/lib/map/park-layers.ts';
import { stationPointLayers } from '../src/lib/map/rail-layers.ts';
import { THEME } from '../src/lib/map/theme.ts';

function radiusOf(layer: LayerSpecification, shape: MarkerShape, properties: Record<string, unknown>, zoom: number): number {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol['icon-size'];
  const e = expression.createExpression((layer as { layout: Record<string, unknown> }).layout['icon-size'], 'layout.icon-size', spec as never);
  if (e.result !== 'success') throw new Error(`${layer.id}: icon-size does not parse`);
  return Number(e.value.evaluate({ zoom } as never, { type: 'Point', properties } as never)) * markerUnitPx(shape);
}

const parkLayer = parkTopLayers(THEME).find((l) => l.id === 'park-point')!;
const stationLayer = stationPointLayers(THEME).others;

/** A park marker's radius (its shape's unit circle) at `zoom`, for a park of `kind` with its shape. */
export const parkRadius = (kind: string, shape: MarkerShape, zoom: number): number => radiusOf(parkLayer, shape, { kind }, zoom);
/** A station dot's radius at `zoom`, for a station served by `lines` of the data's lines. */
export const stationRadius = (lines: number, zoom: number): number => radiusOf(stationLayer, 'circle', { lines }, zoom);
