/**
 * CSV and GeoJSON of a circle's member counties: what a reader takes into a spreadsheet or a GIS.
 * Pure. Area is the build's Turf area of the unsimplified boundary (the summary.json figure);
 * population the 2020 census; sources are the plan scope sources of each member.
 */
import type { Circle } from '../data/atlas-types.ts';
import type { CountyFeature } from '../data/decode-atlas.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const CSV_COLUMNS = ['circle', 'adcode', 'name_zh', 'name_en', 'prefecture', 'coverage', 'area_km2', 'population_2020', 'sources'] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets never run a cell as a formula. */
export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(circle: Circle, byAdcode: ReadonlyMap<string, CountyFeature>) {
  return circle.members.map((m) => {
    const p = byAdcode.get(m.adcode)?.properties;
    return {
      circle: circle.id, adcode: m.adcode, name_zh: m.name, name_en: p?.nameEn ?? '', prefecture: p?.prefectureName ?? '',
      coverage: m.coverage, area_km2: p?.areaKm2 ?? null, population_2020: p?.population ?? null,
      sources: m.sources.map((s) => s.url).join(' ; '),
    };
  });
}

export function membersCsv(circle: Circle, byAdcode: ReadonlyMap<string, CountyFeature>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows(circle, byAdcode)) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function membersGeoJson(circle: Circle, byAdcode: ReadonlyMap<string, CountyFeature>): FeatureCollection<Polygon | MultiPolygon> {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const r of rows(circle, byAdcode)) {
    const f = byAdcode.get(r.adcode);
    if (f) features.push({ type: 'Feature', geometry: f.geometry, properties: { ...r, sources: circle.members.find((m) => m.adcode === r.adcode)!.sources } });
  }
  return { type: 'FeatureCollection', features };
}
