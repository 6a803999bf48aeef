/** Summary statistics of the bench: median, quartiles, range, and paired ratios of interleaved runs. */
import { median as medianOrNull } from '../build/median.ts';

export const median = (xs: readonly number[]): number => medianOrNull(xs) ?? NaN;

/** Linear-interpolated quantile (q in 0…1) of a non-empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

export interface Spread { n: number; median: number; q1: number; q3: number; min: number; max: number }

export function spread(xs: readonly number[]): Spread {
  return { n: xs.length, median: median(xs), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs) };
}

/** Round i of `a` divided by round i of `b`: the two ran back to back, so the machine's load cancels out. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`paired ratios need as many runs of each page (${a.length} vs ${b.length})`);
  return a.map((x, i) => x / b[i]);
}

/** "1.23× (IQR 1.15–1.31, min–max 1.02–1.50, n=13)" */
export function formatRatio(s: Spread): string {
  const f = (x: number) => x.toFixed(2);
  return `${f(s.median)}× (IQR ${f(s.q1)}–${f(s.q3)}, min–max ${f(s.min)}–${f(s.max)}, n=${s.n})`;
}

/** "41 ms (IQR 30–52, min–max 12–90, n=12)" */
export function formatMs(s: Spread): string {
  const f = (x: number) => x.toFixed(0);
  return `${f(s.median)} ms (IQR ${f(s.q1)}–${f(s.q3)}, min–max ${f(s.min)}–${f(s.max)}, n=${s.n})`;
}
