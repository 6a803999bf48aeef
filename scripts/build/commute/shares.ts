/** Per-circle shares of units and of 2020 census population within 60 and 90 minutes. Pure. */
import type { CommuteShares, ShareWithin } from '../../../src/lib/data/commute-types.ts';

export interface UnitTime { minutes: number; population: number }

export function within(units: readonly UnitTime[], limit: number): ShareWithin {
  const inside = units.filter((u) => u.minutes <= limit);
  const pop = (list: readonly UnitTime[]) => list.reduce((s, u) => s + u.population, 0);
  const total = pop(units);
  return {
    units: inside.length,
    population: pop(inside),
    shareUnits: units.length === 0 ? 0 : round4(inside.length / units.length),
    sharePopulation: total === 0 ? 0 : round4(pop(inside) / total),
  };
}

export function shares(units: readonly UnitTime[]): CommuteShares {
  return { within60: within(units, 60), within90: within(units, 90) };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
