/**
 * Stage 5 — model: the commute estimate (scripts/build/commute/, docs/COMMUTE.md) over the validated
 * rail data and parameters. A model failure (e.g. a link whose cores are not connected) becomes a
 * BuildError naming the parameters file.
 */
import type { CommuteResult } from '../../../src/lib/data/commute-types.ts';
import type { Boundaries } from '../boundaries.ts';
import { commuteLines, computeCommute } from '../commute/index.ts';
import { BuildError } from '../errors.ts';
import { GEODATA_FILES } from './read.ts';
import type { ValidInputs } from './validate.ts';

export interface Modelled { commute: CommuteResult; lines: string[] }

export function model(v: ValidInputs, b: Boundaries, paramsPath: string): Modelled {
  let commute: CommuteResult;
  try {
    commute = computeCommute({
      rail: v.rail, params: v.commute, paramsFile: `geodata/${GEODATA_FILES.commute}`, circles: v.circles, places: v.places,
      county: (adcode) => ({ feature: b.counties.get(adcode)!, population: v.census.get(adcode)!.population }),
    });
  } catch (e) {
    if (e instanceof BuildError) throw e;
    throw new BuildError(paramsPath, '(commute model)', (e as Error).message);
  }
  const names = new Map(v.rail.stations.map((s) => [s.id, s.name.zh]));
  return { commute, lines: commuteLines(commute, (id) => names.get(id) ?? id) };
}
