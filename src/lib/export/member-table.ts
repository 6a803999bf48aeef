/**
 * The rows of a circle's member counties — one function for the county table view
 * (panels/CountyTable.svelte) and the CSV / GeoJSON exports, so the table and the files always agree.
 * Pure. Area is the build's Turf area of the unsimplified boundary (the summary.json figure);
 * population the 2020 census; minutes and mode the build's commute estimate to the circle's core;
 * sources the plan scope sources of each member. A what-if edit (issue 14) is applied: dropped
 * members are left out, added counties appear with coverage `added`, and every row says
 * "已编辑 — 非规划范围 / Edited — not the plan" in `what_if`.
 */
import type { Circle, CountyProps } from '../data/atlas-types.ts';
import type { CommuteMode, CountyCommute } from '../data/commute-types.ts';
import { editedMembers, isEdited, NO_EDIT, type Edit } from '../data/what-if.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { t } from '../i18n/t.ts';

export const CSV_COLUMNS = ['circle', 'adcode', 'name_zh', 'name_en', 'prefecture', 'coverage', 'area_km2', 'population_2020',
  'density_per_km2', 'minutes_to_core', 'mode', 'what_if', 'sources'] as const;

export interface MemberRow {
  circle: string; adcode: string; name_zh: string; name_en: string; prefecture: string; prefecture_en: string;
  coverage: string; area_km2: number | null; population_2020: number | null; density_per_km2: number | null;
  minutes_to_core: number | null; mode: CommuteMode | null; what_if: string; sources: string;
}

/**
 * What every row of an edited circle says in `what_if`: the banner's words in both languages, so a
 * file reads the same whichever language the page was in when it was exported (columns stay English
 * identifiers; this cell is the one piece of prose in the file).
 */
export const EDITED_NOTE = `${t('zh', 'whatIfBanner')} / ${t('en', 'whatIfBanner')}`;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets never run a cell as a formula. */
export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function memberRows(circle: Circle, table: ReadonlyMap<string, CountyProps>, times: readonly CountyCommute[], edit: Edit = NO_EDIT): MemberRow[] {
  const own = new Map(times.filter((t) => t.circle === circle.id).map((t) => [t.adcode, t]));
  const edited = isEdited(edit);
  return editedMembers(circle, edit).map((m) => {
    const p = table.get(m.adcode);
    const member = circle.members.find((x) => x.adcode === m.adcode);
    const t = own.get(m.adcode);
    const area = p?.areaKm2 ?? null;
    const pop = p?.population ?? null;
    return {
      circle: circle.id, adcode: m.adcode, name_zh: member?.name ?? p?.name ?? '', name_en: p?.nameEn ?? '',
      prefecture: p?.prefectureName ?? '', prefecture_en: p?.prefectureNameEn ?? '',
      coverage: m.added ? 'added' : m.coverage, area_km2: area, population_2020: pop,
      density_per_km2: area && pop !== null ? Math.round(pop / area) : null,
      minutes_to_core: t?.minutes ?? null, mode: t?.mode ?? null,
      what_if: edited ? EDITED_NOTE : '', sources: (member?.sources ?? []).map((s) => s.url).join(' ; '),
    };
  });
}

export function rowsCsv(rows: readonly MemberRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows with their drawn geometry; an edited circle also says so at the top level (`what_if`). */
export function rowsGeoJson(rows: readonly MemberRow[], geometryOf: (adcode: string) => Polygon | MultiPolygon | undefined, edit: Edit = NO_EDIT) {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const r of rows) {
    const geometry = geometryOf(r.adcode);
    if (geometry) features.push({ type: 'Feature', geometry, properties: { ...r } });
  }
  const fc: FeatureCollection<Polygon | MultiPolygon> & { what_if?: { note: string; add: string[]; drop: string[] } } = { type: 'FeatureCollection', features };
  if (isEdited(edit)) fc.what_if = { note: EDITED_NOTE, add: [...edit.add], drop: [...edit.drop] };
  return fc;
}
