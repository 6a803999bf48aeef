/**
 * One record per overlay (issue 9, item 2). The layer switches, the permalink's layer ids, click
 * and hover routing, the legend, the detail panels and the e2e helpers are all derived from the
 * records in registry.ts; an overlay's own files hold its style functions and components.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, MapGeoJSONFeature } from 'maplibre-gl';
import type { Atlas } from '../data/decode-atlas.ts';
import type { ParkFilter } from '../data/park-filter.ts';
import type { StringKey } from '../i18n/strings.ts';
import type { Theme } from '../map/theme.ts';
import type { Lang, Selection, SelectionKind } from '../state/permalink.ts';
import type { LegendInput, LegendItem } from './legend-model.ts';
import type { Loader } from '../panels/lazy.ts';

/** Everything a style function may depend on besides the data; a change restyles the overlay. */
export interface StyleInput {
  theme: Theme; lang: Lang; circle: string | null; construction: boolean; selection: Selection | null;
  /** The park list's filters, which the park markers follow too (data/park-filter.ts); none when absent. */
  parkFilter?: ParkFilter;
}

export interface Overlay {
  /** Switch test id, permalink id (`layers=…`). */
  id: string;
  labelKey: StringKey;
  defaultOn: boolean;
  /** Sources of its own (the shared atlas sources are added by the map: county-layers.ts SOURCES). */
  sources(atlas: Atlas): Record<string, GeoJSONSourceSpecification>;
  /** Its style layers, each placed in a slot (slots.ts); all of them follow its switch. */
  layers(atlas: Atlas, input: StyleInput): LayerSpecification[];
  /** Layers that take a click and hover, and what a click on a feature selects. */
  click?: { layers: readonly string[]; select(feature: MapGeoJSONFeature): Selection | null };
  /**
   * The selection kind whose detail panel this overlay owns; `sources` get the `selected` feature-state.
   * The panel's code loads on first use or just after the map is ready (lazy.ts: initial JS budget).
   */
  selects?: { kind: SelectionKind; sources: readonly string[]; panel: Loader<{ atlas: Atlas; id: string }> };
  /** Legend lines as data (legend-model.ts), shown while the overlay is on: map legend and export. */
  legend?: (atlas: Atlas, input: LegendInput) => LegendItem[];
  /** An explanation block in the sidebar, shown while the overlay is on (loaded on first use). */
  sidebar?: Loader<{ atlas: Atlas }>;
}

/** The feature property that holds a clicked feature's id, as a string (null when missing). */
export function idOf(feature: MapGeoJSONFeature, key: string): string | null {
  const v = feature.properties?.[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}
