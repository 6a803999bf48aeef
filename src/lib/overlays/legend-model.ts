/**
 * The legend as data (issue 11): one section per switched-on overlay that has legend lines, in
 * registry order. The map's legend (panels/MapLegend.svelte) and the exported figure
 * (export/figure.ts) both draw this model, so they cannot disagree.
 */
import type { Atlas } from '../data/decode-atlas.ts';
import { t } from '../i18n/t.ts';
import type { MarkerShape } from '../map/marker-shapes.ts';
import type { Lang } from '../state/permalink.ts';
import type { Overlay } from './overlay.ts';

export type Swatch =
  | { kind: 'fill'; color: string; opacity: number; pattern?: 'hatch' | 'cross' }
  /** `core`: a white line of that width inside (a double line); the swatch sits on a light ground, so no casing. */
  | { kind: 'line'; color: string; width: number; dashed?: boolean; core?: number }
  | { kind: 'dot'; color: string; stroke: string; size: number }
  /** A park marker: the map's own shape (map/marker-shapes.ts), `size` = its diameter in px. */
  | { kind: 'marker'; shape: MarkerShape; color: string; stroke: string; size: number }
  | { kind: 'ring' }
  | { kind: 'text'; color: string };

/**
 * `fromZoom`: the map draws this only from that zoom (a legend line's layer has a minzoom); `zoomIn`:
 * the map is below it now, so the legend says the thing shows when zoomed in (legendModel).
 */
export interface LegendItem { id: string; label: string; swatch: Swatch; fromZoom?: number; zoomIn?: boolean }
export interface LegendSection { overlay: string; title: string; items: LegendItem[] }

export interface LegendInput {
  lang: Lang;
  layers: readonly string[];
  circle: string | null;
  construction: boolean;
  /** Embed mode: the circles in view (the legend names only those); null = every circle. */
  circlesInView: readonly string[] | null;
  /** The map's zoom, for the lines drawn only from some zoom on; absent = no such note. */
  zoom?: number;
}

/** Neutral swatch for coverage kinds when no circle is selected (each circle then has its own colour). */
export const NEUTRAL = '#7d7d7d';

/** The selected circle's colour, or the neutral grey. */
export function legendColour(atlas: Atlas, circle: string | null): string {
  return atlas.circles.find((c) => c.id === circle)?.color ?? NEUTRAL;
}

/**
 * Only the lines drawn at the model's zoom (sections left empty dropped): the exported figure's legend,
 * which describes one picture and cannot be zoomed into.
 */
export function drawnLines(sections: readonly LegendSection[]): LegendSection[] {
  return sections.map((s) => ({ ...s, items: s.items.filter((i) => !i.zoomIn) })).filter((s) => s.items.length > 0);
}

function withZoomNote(item: LegendItem, zoom: number | undefined): LegendItem {
  return zoom !== undefined && item.fromZoom !== undefined && zoom < item.fromZoom ? { ...item, zoomIn: true } : item;
}

export function legendModel(atlas: Atlas, overlays: readonly Overlay[], input: LegendInput): LegendSection[] {
  return overlays
    .filter((o) => o.legend && input.layers.includes(o.id))
    .map((o) => ({ overlay: o.id, title: t(input.lang, o.labelKey), items: o.legend!(atlas, input).map((i) => withZoomNote(i, input.zoom)) }))
    .filter((s) => s.items.length > 0);
}
