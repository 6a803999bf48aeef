/** The `commute` part of atlas.json (commute-types.ts; contract v2 in /work/coord/CONTRACT.md). */
import * as v from 'valibot';
import { adcode, bilingual, bilingualProse, count, id, lonLat, nonNegative, prose, sources, uniqueBy } from './schema-parts.ts';

const mode = v.picklist(['road', 'rail']);
const within = v.looseObject({ units: count, population: count, shareUnits: nonNegative, sharePopulation: nonNegative });
const shares = { within60: within, within90: within };
const sharesObj = v.looseObject(shares);
const scoped = {
  ...shares, withConstruction: sharesObj,
  extended: v.optional(v.looseObject({ units: count, population: count, ...shares, withConstruction: sharesObj })),
};

const leg = v.looseObject({ mode: v.picklist(['road', 'wait', 'rail', 'transfer']), from: prose, to: prose, line: v.optional(prose), minutes: nonNegative });
const countyCommute = v.looseObject({
  adcode, circle: id, minutes: nonNegative, mode, via: v.optional(v.array(id)),
  minutesWithConstruction: nonNegative, modeWithConstruction: mode, viaWithConstruction: v.optional(v.array(id)),
  origin: v.looseObject({ ref: prose, point: lonLat }), legs: v.array(leg), legsWithConstruction: v.array(leg),
});
const core = v.looseObject({ ref: prose, name: bilingual, point: lonLat, centreKind: v.picklist(['historic-centre', 'government-seat']) });
const goal = v.looseObject({ withinMinutes: v.nullable(nonNegative), text: bilingualProse, document: prose, sources });
const base = { id, units: count, population: count, core: v.nullable(core), coreStationIds: v.array(id), goal: v.nullable(goal) };
/** A circle with core stations: shares by time. One without (status no-rail): road-only shares when it has a core centre, else none (the panel says "no data yet"). */
const circleCommute = v.variant('status', [
  v.looseObject({ ...base, status: v.literal('ok'), coreStationId: id, ...scoped }),
  v.looseObject({
    ...base, status: v.literal('no-rail'), coreStationId: v.null(),
    within60: v.optional(within), within90: v.optional(within), withConstruction: v.optional(sharesObj), extended: scoped.extended,
  }),
]);
const link = v.looseObject({
  from: id, to: id, fromStation: id, toStation: id, minutes: nonNegative, parametricMinutes: nonNegative,
  goalMinutes: v.nullable(nonNegative), meetsGoal: v.nullable(v.boolean()), text: bilingualProse, sources,
});
const calibration = v.looseObject({
  from: id, to: id, lineId: v.optional(id), basis: v.picklist(['fastest', 'stopping', 'estimate', 'target']),
  sourced: nonNegative, model: nonNegative, errorPct: v.number(), construction: v.boolean(),
});
const roadCalibration = v.looseObject({
  id, circle: id, from: prose, to: prose, sourced: nonNegative, model: nonNegative, errorPct: v.number(), fitted: v.boolean(),
});
const params = v.looseObject({ ...Object.fromEntries([
  'detourFactor', 'roadSpeedKmh', 'boardingMin', 'transferPenaltyMin', 'maxAccessKm', 'urbanSpeedKmh', 'urbanDetourFactor',
  'urbanRadiusKm', 'legOverheadMin', 'stationOverheadMin', 'waitFrequentMin', 'waitFewMin',
].map((k) => [k, nonNegative])) as Record<'detourFactor' | 'roadSpeedKmh' | 'boardingMin' | 'transferPenaltyMin' | 'maxAccessKm' | 'urbanSpeedKmh' | 'urbanDetourFactor' | 'urbanRadiusKm' | 'legOverheadMin' | 'stationOverheadMin' | 'waitFrequentMin' | 'waitFewMin', typeof nonNegative>,
  urbanSpeedKmhByCircle: v.record(id, nonNegative) });

export const commuteSchema = v.looseObject({
  method: prose, paramsFile: prose, params,
  thresholds: v.array(nonNegative),
  constructionLines: uniqueBy(v.looseObject({ id, expected: v.nullable(count) }), (l) => l.id),
  counties: uniqueBy(countyCommute, (c) => `${c.circle}/${c.adcode}`),
  circles: uniqueBy(circleCommute, (c) => c.id),
  links: uniqueBy(link, (l) => `${l.from}→${l.to}`),
  calibration: uniqueBy(calibration, (r) => `${r.from}→${r.to} ${r.sourced}`),
  calibrationExcluded: v.array(v.looseObject({ from: id, to: id, minutes: nonNegative, why: prose })),
  maxAbsErrorPct: nonNegative,
  roadCalibration: uniqueBy(roadCalibration, (r) => r.id),
});
