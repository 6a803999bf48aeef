/**
 * The data build as a chain of stages (scripts/build/stages/, docs/ARCHITECTURE.md):
 * read → validate → join → measure → model → render → write. Everything is validated before anything
 * is computed, and the output set is written all or nothing.
 */
import type { CircleSummary } from '../../src/lib/data/atlas-types.ts';
import { summaryLines } from './summary.ts';
import { writeAllAtomically } from './write-atomic.ts';
import { checkAtlasOutput } from './check-atlas.ts';
import { readInputs } from './stages/read.ts';
import { validate } from './stages/validate.ts';
import { join } from './stages/join.ts';
import { measure } from './stages/measure.ts';
import { model } from './stages/model.ts';
import { render } from './stages/render.ts';

export { KEEP_COUNTIES, QUANTIZE_COUNTIES, KEEP_LAND } from './stages/render.ts';
/** --all is a scale check, not site data: written outside public/ so dist/ never ships it (issue 10). */
export const ALL_OUT_DIR = 'scale-check';

export interface BuildOptions {
  geodataDir: string;
  outDir: string;
  all: boolean;
  /** Where --all writes all-counties.topo.json (default scale-check/, outside public/). */
  allOutDir?: string;
  /** Resolve the boundary package from here instead of this script (tests use it to simulate a missing install). */
  resolveBoundariesFrom?: string;
}

export function runBuild(opts: BuildOptions): { files: Record<string, string>; lines: string[] } {
  const raw = readInputs(opts.geodataDir, opts.resolveBoundariesFrom);
  const b = raw.boundaries;
  const valid = validate(raw);
  const joined = join(valid, b);
  const measured = measure(valid, joined, b);
  const modelled = model(valid, b, raw.files.commute.path);
  const files = render(valid, joined, measured, modelled, b, { all: opts.all, generated: new Date().toISOString() });
  const { 'all-counties.topo.json': all, ...site } = files;
  // the gate: never write an atlas.json the page would refuse (the client's own schema)
  checkAtlasOutput(site['atlas.json'], `${opts.outDir}/atlas.json`);
  writeAllAtomically(opts.outDir, site);
  if (all !== undefined) writeAllAtomically(opts.allOutDir ?? ALL_OUT_DIR, { 'all-counties.topo.json': all });
  return { files, lines: [...measured.summaries.flatMap((s: CircleSummary) => summaryLines(s)), ...modelled.lines] };
}
