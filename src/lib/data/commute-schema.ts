/** The `commute` part of atlas.json (commute-types.ts; contract v2 in /work/coord/CONTRACT.md). */
import * as z from 'zod/mini';
import { adcode, bilingualProse, count, id, nonNegative, prose, uniqueBy } from './schema-parts.ts';

const mode = z.enum(['road', 'rail']);
const within = z.looseObject({ units: count, population: count, shareUnits: nonNegative, sharePopulation: nonNegative });
const shares = { within60: within, within90: within };
const sharesObj = z.looseObject(shares);

const countyCommute = z.looseObject({
  adcode, circle: id, minutes: nonNegative, mode, via: z.optional(z.array(id)),
  minutesWithConstruction: nonNegative, modeWithConstruction: mode, viaWithConstruction: z.optional(z.array(id)),
});
const circleCommute = z.looseObject({
  id, coreStationId: id, units: count, population: count, ...shares, withConstruction: sharesObj,
  extended: z.optional(z.looseObject({ units: count, population: count, ...shares, withConstruction: sharesObj })),
});
const calibration = z.looseObject({
  from: id, to: id, lineId: z.optional(id), basis: z.enum(['fastest', 'estimate', 'target']),
  sourced: nonNegative, model: nonNegative, errorPct: z.number(), construction: z.boolean(),
});

export const commuteSchema = z.looseObject({
  method: prose, paramsFile: prose,
  params: z.looseObject({ detourFactor: nonNegative, roadSpeedKmh: nonNegative, boardingMin: nonNegative, transferPenaltyMin: nonNegative, maxAccessKm: nonNegative }),
  thresholds: z.array(nonNegative),
  goal: z.looseObject({ withinMinutes: nonNegative, jinanQingdaoMinutes: nonNegative, text: bilingualProse, source: prose }),
  constructionLines: uniqueBy(z.looseObject({ id, expected: z.nullable(count) }), (l) => l.id),
  counties: uniqueBy(countyCommute, (c) => `${c.circle}/${c.adcode}`),
  circles: uniqueBy(circleCommute, (c) => c.id),
  jinanQingdao: z.looseObject({ from: id, to: id, minutes: nonNegative, meets90: z.boolean(), parametricMinutes: nonNegative }),
  calibration: uniqueBy(calibration, (r) => `${r.from}→${r.to} ${r.sourced}`),
  calibrationExcluded: z.array(z.looseObject({ from: id, to: id, minutes: nonNegative, why: prose })),
  maxAbsErrorPct: nonNegative,
});
