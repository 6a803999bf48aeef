/**
 * Opening things from the sidebar (park list, programme, search): select in app state and move the
 * camera, so every path into a park or station ends in the same panel and the same view.
 */
import type { Atlas } from '../data/decode-atlas.ts';
import type { ResultKind } from '../data/search-index.ts';
import { flyToPark, flyToStation } from '../map/camera.ts';
import { fitTo } from '../map/map-controller.ts';
import { app } from '../state/app-state.svelte.ts';
import { selection } from '../state/selection.svelte.ts';

export function openPark(atlas: Atlas, id: string): void {
  const park = atlas.json.parks.find((p) => p.id === id);
  if (!park) return;
  app.park = id;
  app.county = null;
  selection.station = null;
  flyToPark(atlas, park);
}

export function openStation(atlas: Atlas, id: string): void {
  const station = atlas.json.rail.stations.find((s) => s.id === id);
  if (!station) return;
  app.park = null;
  app.county = null;
  selection.station = id;
  flyToStation(station);
}

export function openCounty(atlas: Atlas, adcode: string): void {
  const f = atlas.byAdcode.get(adcode);
  if (!f) return;
  app.county = adcode;
  app.park = null;
  fitTo(f);
}

export function openCircle(atlas: Atlas, id: string): void {
  const f = atlas.outlines.features.filter((o) => o.properties.circle === id);
  if (!f.length) return;
  app.circle = id;
  fitTo({ type: 'FeatureCollection', features: f });
}

/** A prefecture has no panel: fit its counties and, when it lies in one circle, select that circle. */
export function openPrefecture(atlas: Atlas, code: string): void {
  const features = atlas.counties.features.filter((f) => f.properties.prefecture === code);
  if (!features.length) return;
  const circles = new Set(features.map((f) => f.properties.circle).filter(Boolean));
  if (circles.size === 1) app.circle = [...circles][0];
  fitTo({ type: 'FeatureCollection', features });
}

export function openResult(atlas: Atlas, kind: ResultKind, id: string): void {
  ({ park: openPark, station: openStation, county: openCounty, circle: openCircle, prefecture: openPrefecture })[kind](atlas, id);
}
