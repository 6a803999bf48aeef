/**
 * Stage 2 — validate: every curated input against its schema and against each other (adcodes,
 * names, circle ids, stations, commute parameters), before anything is computed. Throws the first
 * BuildError, naming the file and the record.
 */
import type { DevZone } from '../../../src/lib/data/atlas-types.ts';
import type { ParksData } from '../../../src/lib/data/park-types.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import { parseCircles, type CircleRecord } from '../circles.ts';
import { parseCommuteParams, type CommuteParams } from '../commute/params.ts';
import { BuildError } from '../errors.ts';
import { parseReadings, parseRenames } from '../names.ts';
import { parseParks } from '../parks.ts';
import { parsePlaces } from '../places.ts';
import type { Place } from '../schemas/places.ts';
import { parseDevZones, parsePopulation, type CensusRow } from '../population.ts';
import { parseRail } from '../rail.ts';
import type { Readings } from '../romanize.ts';
import type { RawInputs } from './read.ts';

export interface ValidInputs {
  circles: CircleRecord[];
  census: Map<string, CensusRow>;
  zones: DevZone[];
  parks: ParksData;
  rail: RailData;
  commute: CommuteParams;
  readings: Readings;
  places: Place[];
}

export function validate({ files: f, boundaries: b }: RawInputs): ValidInputs {
  const adcodes = new Set(b.counties.keys());
  const name = (a: string) => b.counties.get(a)?.properties.name;
  const readings = parseReadings(f.romanization.value, f.romanization.path);
  const renames = parseRenames(f.renames.value, f.renames.path, name);
  const circles = parseCircles(f.circles.value, f.circles.path, { name, province: (a) => b.counties.get(a)?.properties.province }, renames);
  const census = parsePopulation(f.population.value as string, f.population.path, adcodes);
  const zones = parseDevZones(f.zones.value as string, f.zones.path, adcodes);
  for (const c of circles) for (const m of c.members) {
    if (!census.has(m.adcode)) throw new BuildError(f.population.path, `circle ${c.id} member ${m.adcode} ${m.name}`, 'population is missing for this member');
    if (!b.prefectureOf.has(m.adcode)) throw new BuildError(f.circles.path, `circle ${c.id} member ${m.adcode} ${m.name}`, 'the boundary package names no prefecture-level unit for this county');
  }
  const circleIds = new Set(circles.map((c) => c.id));
  const ctx = { adcodes, circleIds, countyPolygon: (a: string) => b.counties.get(a) };
  const parks = parseParks(f.parks.value, f.parks.path, ctx);
  const rail = parseRail(f.rail.value, f.rail.path, ctx);
  const places = parsePlaces(f.places.value, f.places.path, ctx);
  const commute = parseCommuteParams(f.commute.value, f.commute.path, circleIds, rail, places);
  return { circles, census, zones, parks, rail, commute, readings, places };
}
