/**
 * Validate geodata/places.json: schema, unique ids, adcodes, one seat per county, core fields, and
 * every point inside its county — or, where the source puts it just outside, the distance stated in
 * `outsideCountyKm` (checked to 0.05 km).
 */
import { BuildError } from './errors.ts';
import { checkAdcode, checkUnique, checkUniqueIds, kmOutside, parseRecord, recordLabel, type ValidationContext } from './context.ts';
import { placeSchema, placesFileSchema, type Place } from './schemas/places.ts';

const TOLERANCE_KM = 0.05;

function checkPlace(p: Place, ctx: ValidationContext, file: string): void {
  const rec = `place ${p.id}`;
  checkAdcode(ctx, p.adcode, 'adcode', file, rec);
  const isCore = p.kind === 'core';
  if (isCore && (!p.circle || !p.centreKind || !p.why)) throw new BuildError(file, rec, 'a core needs circle, centreKind and why');
  if (!isCore && (p.circle || p.centreKind)) throw new BuildError(file, rec, 'circle and centreKind are for cores only');
  // a core whose circle id is misspelt would silently leave that circle without times (issue 13)
  if (isCore && !ctx.circleIds.has(p.circle!)) throw new BuildError(file, rec, `circle "${p.circle}" is not a circle id in circles.json`);
  if ((p.accuracy === 'approx') !== (p.fallback !== undefined)) throw new BuildError(file, rec, 'an approx point needs a fallback saying what stands in for it (and only an approx point has one)');
  const km = kmOutside(ctx, p.point, p.adcode);
  if (km === undefined) throw new BuildError(file, rec, `no county polygon for adcode ${p.adcode}`);
  if (km === 0 && p.outsideCountyKm !== undefined) throw new BuildError(file, rec, `outsideCountyKm is ${p.outsideCountyKm} but the point lies inside county ${p.adcode}`);
  if (km > 0 && (p.outsideCountyKm === undefined || Math.abs(km - p.outsideCountyKm) > TOLERANCE_KM)) {
    throw new BuildError(file, rec, `point [${p.point[0]}, ${p.point[1]}] lies outside county ${p.adcode} by ${km.toFixed(2)} km${p.outsideCountyKm === undefined ? ' (state it in outsideCountyKm if the source puts it there)' : `, not the ${p.outsideCountyKm} km stated`}`);
  }
}

/** Validate parsed JSON of geodata/places.json; throws BuildError naming the file and record. */
export function parsePlaces(raw: unknown, file: string, ctx: ValidationContext): Place[] {
  const top = parseRecord(placesFileSchema, raw, file, '(whole file)');
  const places = top.places.map((r, i) => parseRecord(placeSchema, r, file, recordLabel('place', r, i)));
  checkUniqueIds(places, 'place', file);
  for (const p of places) checkPlace(p, ctx, file);
  checkUnique(places.filter((p) => p.kind === 'county-seat'), (p) => p.adcode, file, (p) => `place ${p.id}`, (a) => `county ${a} has two county seats`);
  checkUnique(places.filter((p) => p.kind === 'core'), (p) => p.circle!, file, (p) => `place ${p.id}`, (c) => `circle ${c} has two cores`);
  return places;
}

/** The county seat of each county, and the core of each circle, by key. */
export function placeIndex(places: readonly Place[]): { seatOf: Map<string, Place>; coreOf: Map<string, Place> } {
  return {
    seatOf: new Map(places.filter((p) => p.kind === 'county-seat').map((p) => [p.adcode, p])),
    coreOf: new Map(places.filter((p) => p.kind === 'core').map((p) => [p.circle!, p])),
  };
}
