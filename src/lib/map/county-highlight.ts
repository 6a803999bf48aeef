/**
 * The hovered and the selected county's outline, drawn from a source that holds just those one or
 * two features (issue 11, "Performance that must hold"): a zero-width line over every county, switched
 * on by feature-state, cost a draw of all county edges in every frame and its share of the tiling,
 * for a line nobody saw. The county fill keeps its feature-state (hover lightens it); this module
 * follows the same `hover` and `selected` flags — whoever sets them (pointer routing, the county
 * table, the overlay's selection flag) — and rewrites the small source when they move.
 */
import type { FeatureIdentifier, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountyFeature } from '../data/decode-atlas.ts';
import { SOURCES } from './county-layers.ts';

export type HighlightRole = 'hover' | 'selected';
export type HighlightData = FeatureCollection<Polygon | MultiPolygon, { adcode: string; role: HighlightRole }>;

/** The outline features: the hovered county, then the selected one (drawn last, on top); one feature when they are the same. */
export function highlightData(byAdcode: ReadonlyMap<string, CountyFeature>, hovered: string | null, selected: string | null): HighlightData {
  const pick = (adcode: string | null, role: HighlightRole) => {
    const f = adcode === null ? undefined : byAdcode.get(adcode);
    return f ? [{ type: 'Feature' as const, geometry: f.geometry, properties: { adcode: f.properties.adcode, role } }] : [];
  };
  return { type: 'FeatureCollection', features: [...(hovered === selected ? [] : pick(hovered, 'hover')), ...pick(selected, 'selected')] };
}

/**
 * Every feature-state write on the county source also moves the outline. MapLibre has no event for
 * feature-state changes, so the map's own `setFeatureState` is wrapped (for this map only).
 */
export function followCountyHighlight(map: MapLibreMap, byAdcode: ReadonlyMap<string, CountyFeature>): void {
  const flags: Record<HighlightRole, string | null> = { hover: null, selected: null };
  const setFeatureState = map.setFeatureState.bind(map);
  map.setFeatureState = (feature: FeatureIdentifier, state: Record<string, unknown>) => {
    setFeatureState(feature, state);
    if (feature.source !== SOURCES.counties || feature.id === undefined) return map;
    const id = String(feature.id);
    let moved = false;
    for (const role of ['hover', 'selected'] as const) {
      if (!(role in state)) continue;
      const next = state[role] ? id : flags[role] === id ? null : flags[role];
      if (next !== flags[role]) { flags[role] = next; moved = true; }
    }
    if (moved) (map.getSource(SOURCES.highlight) as GeoJSONSource | undefined)?.setData(highlightData(byAdcode, flags.hover, flags.selected));
    return map;
  };
}
