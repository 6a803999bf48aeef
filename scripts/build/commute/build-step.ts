/** The commute step of the data build (scripts/build/run.ts): read the config, run the model. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Circle } from '../../../src/lib/data/atlas-types.ts';
import type { CommuteResult } from '../../../src/lib/data/commute-types.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import { BuildError, parseJsonFile } from '../errors.ts';
import { commuteLines, computeCommute } from './index.ts';
import { parseCommuteParams } from './params.ts';

export const PARAMS_FILE = 'commute-params.json';

export function commuteStep(
  geodataDir: string, rail: RailData, circles: readonly Circle[],
  polygon: (adcode: string) => Feature<Polygon | MultiPolygon> | undefined, population: (adcode: string) => number | undefined,
): { result: CommuteResult; lines: string[] } {
  const file = join(geodataDir, PARAMS_FILE);
  if (!existsSync(file)) throw new BuildError(file, '(whole file)', 'file not found');
  const params = parseCommuteParams(parseJsonFile(readFileSync(file, 'utf8'), file), file);
  const stationIds = new Set(rail.stations.map((s) => s.id));
  for (const [id, c] of Object.entries(params.cores)) if (!stationIds.has(c.stationId)) throw new BuildError(file, `cores.${id}`, `unknown station "${c.stationId}"`);
  let result: CommuteResult;
  try {
    result = computeCommute({
      rail, params, paramsFile: `geodata/${PARAMS_FILE}`, circles,
      county: (adcode) => {
        const feature = polygon(adcode);
        const pop = population(adcode);
        if (!feature || pop === undefined) throw new Error(`county ${adcode} has no polygon or no population`);
        return { feature, population: pop };
      },
    });
  } catch (e) {
    if (e instanceof BuildError) throw e;
    throw new BuildError(file, '(commute model)', (e as Error).message);
  }
  const names = new Map(rail.stations.map((s) => [s.id, s.name.zh]));
  return { result, lines: commuteLines(result, (id) => names.get(id) ?? id) };
}
