/** The `commute` part of atlas.json (commute-types.ts; contract v2 in /work/coord/CONTRACT.md). */
import * as v from 'valibot';
import { adcode, bilingualProse, count, id, nonNegative, prose, sources, uniqueBy } from './schema-parts.ts';

const mode = v.picklist(['road', 'rail']);
const within = v.looseObject({ units: count, population: count, shareUnits: nonNegative, sharePopulation: nonNegative });
const shares = { within60: within, within90: within };
const sharesObj = v.looseObject(shares);

const countyCommute = v.looseObject({
  adcode, circle: id, minutes: nonNegative, mode, via: v.optional(v.array(id)),
  minutesWithConstruction: nonNegative, modeWithConstruction: mode, viaWithConstruction: v.optional(v.array(id)),
});
const base = { id, units: count, population: count };
/** A circle with a core station: shares by time. One without (status no-rail): the panel says "no data yet". */
const circleCommute = v.variant('status', [
  v.looseObject({
    ...base, status: v.literal('ok'), coreStationId: id, ...shares, withConstruction: sharesObj,
    extended: v.optional(v.looseObject({ units: count, population: count, ...shares, withConstruction: sharesObj })),
  }),
  v.looseObject({ ...base, status: v.literal('no-rail'), coreStationId: v.null() }),
]);
const link = v.looseObject({
  from: id, to: id, fromStation: id, toStation: id, minutes: nonNegative, parametricMinutes: nonNegative,
  goalMinutes: v.nullable(nonNegative), meetsGoal: v.nullable(v.boolean()), text: bilingualProse, sources,
});
const calibration = v.looseObject({
  from: id, to: id, lineId: v.optional(id), basis: v.picklist(['fastest', 'estimate', 'target']),
  sourced: nonNegative, model: nonNegative, errorPct: v.number(), construction: v.boolean(),
});

export const commuteSchema = v.looseObject({
  method: prose, paramsFile: prose,
  params: v.looseObject({ detourFactor: nonNegative, roadSpeedKmh: nonNegative, boardingMin: nonNegative, transferPenaltyMin: nonNegative, maxAccessKm: nonNegative }),
  thresholds: v.array(nonNegative),
  goal: v.looseObject({ withinMinutes: nonNegative, text: bilingualProse, source: prose }),
  constructionLines: uniqueBy(v.looseObject({ id, expected: v.nullable(count) }), (l) => l.id),
  counties: uniqueBy(countyCommute, (c) => `${c.circle}/${c.adcode}`),
  circles: uniqueBy(circleCommute, (c) => c.id),
  links: uniqueBy(link, (l) => `${l.from}→${l.to}`),
  calibration: uniqueBy(calibration, (r) => `${r.from}→${r.to} ${r.sourced}`),
  calibrationExcluded: v.array(v.looseObject({ from: id, to: id, minutes: nonNegative, why: prose })),
  maxAbsErrorPct: nonNegative,
});
