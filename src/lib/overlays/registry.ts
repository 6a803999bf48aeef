/**
 * The overlays, in switch order (issue 9, item 2). Everything that lists overlays derives from this
 * array: the switches (LayerToggles), the permalink's `layers=` ids (vocabularyOf), click and hover
 * routing (pointer.ts), the legend, the detail panels (App) and the e2e helpers (which read the
 * `metadata` that styleOf puts on every layer). Adding an overlay = one entry here + its own files.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/decode-atlas.ts';
import type { ParkFacets } from '../data/park-filter.ts';
import type { SelectionKind, Vocabulary } from '../state/permalink.ts';
import { commute } from './commute.ts';
import { counties } from './counties.ts';
import { labels } from './labels.ts';
import type { Overlay, StyleInput } from './overlay.ts';
import { outlines } from './outlines.ts';
import { parks } from './parks.ts';
import { places } from './places.ts';
import { rail } from './rail.ts';

export const OVERLAYS: readonly Overlay[] = [counties, outlines, labels, places, parks, rail, commute];

/** The words a link may use; with the county list, what-if `add=`/`drop=` codes are checked too. */
export function vocabularyOf(overlays: readonly Overlay[], circles: readonly { id: string; members?: readonly { adcode: string }[] }[], counties: readonly string[] = [], parks: readonly ParkFacets[] = []): Vocabulary {
  return {
    parks: parks.map((p) => ({ circles: p.circles, kind: p.kind, industries: p.industries })),
    circles: circles.map((c) => c.id),
    layers: overlays.map((o) => o.id),
    defaultLayers: overlays.filter((o) => o.defaultOn).map((o) => o.id),
    counties,
    members: Object.fromEntries(circles.map((c) => [c.id, (c.members ?? []).map((m) => m.adcode)])),
  };
}

/** The vocabulary of a loaded atlas: its circles, their members, every county it holds and its parks' filter values. */
export function vocabularyOfAtlas(overlays: readonly Overlay[], atlas: Atlas): Vocabulary {
  return vocabularyOf(overlays, atlas.circles, atlas.json.counties.map((c) => c.adcode), atlas.json.parks);
}

/** The overlay's layers, each tagged with its overlay and whether it takes clicks. */
export function styleOf(overlay: Overlay, atlas: Atlas, input: StyleInput): LayerSpecification[] {
  const clickable = new Set(overlay.click?.layers ?? []);
  return overlay.layers(atlas, input).map((l) => ({ ...l, metadata: { ...(l.metadata as object), overlay: overlay.id, click: clickable.has(l.id) } }) as LayerSpecification);
}

export function panelOf(overlays: readonly Overlay[], kind: SelectionKind) {
  return overlays.find((o) => o.selects?.kind === kind)?.selects?.panel;
}

/** Switched-on overlays with a legend, in registry order. */
export function legendOf(overlays: readonly Overlay[], on: readonly string[]): Overlay[] {
  return overlays.filter((o) => o.legend && on.includes(o.id));
}
