/** Validate geodata/parks.json: schema, unique keys, adcodes, circles, points inside host counties. */
import { BuildError } from './errors.ts';
import { checkAdcode, checkPointInCounty, checkUnique, checkUniqueIds, checkUniqueValues, parseRecord, recordLabel, type ValidationContext } from './context.ts';
import { parksFileSchema, parkSchema, programmeSchema } from './schemas/parks.ts';
import type { Park, ParksData, Programme } from '../../src/lib/data/park-types.ts';

function checkCircles(circles: string[], ctx: ValidationContext, file: string, record: string): void {
  checkUniqueValues(circles, 'circles', file, record);
  for (const c of circles) if (!ctx.circleIds.has(c)) throw new BuildError(file, record, `circles: unknown circle id "${c}"`);
}

function checkPark(p: Park, ctx: ValidationContext, file: string): void {
  const rec = `park ${p.id}`;
  checkCircles(p.circles, ctx, file, rec);
  if (p.hostAdcode) checkAdcode(ctx, p.hostAdcode, 'hostAdcode', file, rec);
  for (const a of p.hostCandidates ?? []) checkAdcode(ctx, a, 'hostCandidates', file, rec);
  for (const a of p.otherAdcodes) checkAdcode(ctx, a, 'otherAdcodes', file, rec);
  checkUniqueValues(p.otherAdcodes, 'otherAdcodes', file, rec);
  checkUniqueValues(p.hostCandidates ?? [], 'hostCandidates', file, rec);
  checkUniqueValues(p.partners.map((x) => x.en), 'partners', file, rec);
  if (p.hostAdcode && p.hostCandidates) throw new BuildError(file, rec, 'hostCandidates is only for records whose hostAdcode is null');
  if (p.hostAdcode && p.otherAdcodes.includes(p.hostAdcode)) throw new BuildError(file, rec, `otherAdcodes repeats the host ${p.hostAdcode}`);
  if (p.point === null) {
    if (p.pointAccuracyKm !== null) throw new BuildError(file, rec, 'pointAccuracyKm must be null when point is null');
    return;
  }
  if (p.pointAccuracyKm === null) throw new BuildError(file, rec, 'pointAccuracyKm is required with a point (the estimate\'s radius in km)');
  const hosts = p.hostAdcode ? [p.hostAdcode] : p.hostCandidates;
  if (!hosts) throw new BuildError(file, rec, 'a park with a point needs a hostAdcode (or hostCandidates) to check it against');
  checkPointInCounty(ctx, p.point, hosts, file, rec);
}

/** Validate parsed JSON of geodata/parks.json; throws BuildError naming the file and record. */
export function parseParks(raw: unknown, file: string, ctx: ValidationContext): ParksData {
  const top = parseRecord(parksFileSchema, raw, file, '(whole file)');
  const parks = top.parks.map((r, i) => parseRecord(parkSchema, r, file, recordLabel('park', r, i)) as Park);
  const programmes = top.programmes.map((r, i) => parseRecord(programmeSchema, r, file, recordLabel('programme', r, i)) as Programme);
  checkUniqueIds(parks, 'park', file);
  checkUniqueIds(programmes, 'programme', file);
  for (const p of parks) checkPark(p, ctx, file);
  const parkIds = new Set(parks.map((p) => p.id));
  for (const g of programmes) {
    const rec = `programme ${g.id}`;
    if (parkIds.has(g.id)) throw new BuildError(file, rec, `id "${g.id}" is also a park id`);
    checkCircles(g.circles, ctx, file, rec);
    checkUniqueValues(g.parkIds, 'parkIds', file, rec);
    checkUnique(g.counts, (c) => `${c.year} ${c.what.en}`, file, () => rec, (k) => `counts: "${k}" is listed twice`);
    for (const id of g.parkIds) if (!parkIds.has(id)) throw new BuildError(file, rec, `parkIds: "${id}" is not a park`);
    if (!g.namesPublished && g.parkIds.length > 0) throw new BuildError(file, rec, 'parkIds lists parks although namesPublished is false');
  }
  return { parks, programmes };
}
