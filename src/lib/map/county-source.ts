/**
 * What the map's county source carries: the geometry and the few properties its layers and clicks
 * read, not the county's whole record. Every property of a GeoJSON source is copied to MapLibre's
 * worker, cut into every tile and parsed back for each layer that draws the tile; the county
 * record has 17 (names in three forms, prefecture, province, population, area, label point…), ~80 KB
 * that only the panels read — and they read them from the atlas (decode-atlas.ts `byAdcode`).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Atlas, CountyFeature } from '../data/decode-atlas.ts';

/** The properties the county layers, the commute and what-if layers and the pointer read (tests/unit/county-source.test.ts). */
export const COUNTY_SOURCE_KEYS = ['adcode', 'circle', 'coverage', 'coverageIn', 'circleCount'] as const satisfies readonly (keyof CountyFeature['properties'])[];
export type CountySourceProps = Pick<CountyFeature['properties'], (typeof COUNTY_SOURCE_KEYS)[number]>;

export function countySourceData(counties: Atlas['counties']): FeatureCollection<Polygon | MultiPolygon, CountySourceProps> {
  return {
    type: 'FeatureCollection',
    features: counties.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: Object.fromEntries(COUNTY_SOURCE_KEYS.map((k) => [k, f.properties[k]])) as CountySourceProps,
    })),
  };
}
