/** The `commute` part of atlas.json (commute-types.ts; contract v2 in /work/coord/CONTRACT.md). */
import * as v from 'valibot';
import { adcode, bilingualProse, count, id, nonNegative, prose, uniqueBy } from './schema-parts.ts';

const mode = v.picklist(['road', 'rail']);
const within = v.looseObject({ units: count, population: count, shareUnits: nonNegative, sharePopulation: nonNegative });
const shares = { within60: within, within90: within };
const sharesObj = v.looseObject(shares);

const countyCommute = v.looseObject({
  adcode, circle: id, minutes: nonNegative, mode, via: v.optional(v.array(id)),
  minutesWithConstruction: nonNegative, modeWithConstruction: mode, viaWithConstruction: v.optional(v.array(id)),
});
const circleCommute = v.looseObject({
  id, coreStationId: id, units: count, population: count, ...shares, withConstruction: sharesObj,
  extended: v.optional(v.looseObject({ units: count, population: count, ...shares, withConstruction: sharesObj })),
});
const calibration = v.looseObject({
  from: id, to: id, lineId: v.optional(id), basis: v.picklist(['fastest', 'estimate', 'target']),
  sourced: nonNegative, model: nonNegative, errorPct: v.number(), construction: v.boolean(),
});

export const commuteSchema = v.looseObject({
  method: prose, paramsFile: prose,
  params: v.looseObject({ detourFactor: nonNegative, roadSpeedKmh: nonNegative, boardingMin: nonNegative, transferPenaltyMin: nonNegative, maxAccessKm: nonNegative }),
  thresholds: v.array(nonNegative),
  goal: v.looseObject({ withinMinutes: nonNegative, jinanQingdaoMinutes: nonNegative, text: bilingualProse, source: prose }),
  constructionLines: uniqueBy(v.looseObject({ id, expected: v.nullable(count) }), (l) => l.id),
  counties: uniqueBy(countyCommute, (c) => `${c.circle}/${c.adcode}`),
  circles: uniqueBy(circleCommute, (c) => c.id),
  jinanQingdao: v.looseObject({ from: id, to: id, minutes: nonNegative, meets90: v.boolean(), parametricMinutes: nonNegative }),
  calibration: uniqueBy(calibration, (r) => `${r.from}→${r.to} ${r.sourced}`),
  calibrationExcluded: v.array(v.looseObject({ from: id, to: id, minutes: nonNegative, why: prose })),
  maxAbsErrorPct: nonNegative,
});
