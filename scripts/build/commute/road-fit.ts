/**
 * The one fitted road parameter (issue 13): the intercity speed that minimises the sum of squared relative
 * errors over the sourced road times marked `fitted`, searched on a grid (1 km/h by default). The build
 * reads the stored value from geodata/commute-params.json; tests/data/commute.test.ts recomputes it here
 * so the stored number cannot drift from its stated source. Pure.
 */
export interface FitRow { minutes: number }
export interface SpeedGrid { fromKmh: number; toKmh: number; stepKmh: number }

export const DEFAULT_GRID: SpeedGrid = { fromKmh: 40, toKmh: 140, stepKmh: 1 };

/** The grid speed with the least Σ((model − sourced) ÷ sourced)²; `minutesAt(kmh, row)` is the model at that speed. */
export function bestIntercitySpeed<R extends FitRow>(rows: readonly R[], minutesAt: (kmh: number, row: R) => number, grid: SpeedGrid = DEFAULT_GRID): number {
  if (rows.length === 0) throw new Error('bestIntercitySpeed: no fitted pairs');
  let best = { kmh: grid.fromKmh, sse: Infinity };
  for (let kmh = grid.fromKmh; kmh <= grid.toKmh + 1e-9; kmh += grid.stepKmh) {
    const sse = rows.reduce((s, r) => s + ((minutesAt(kmh, r) - r.minutes) / r.minutes) ** 2, 0);
    if (sse < best.sse - 1e-12) best = { kmh, sse };
  }
  return best.kmh;
}
