/** The circles whose bounds meet a view box [w, s, e, n] (the embed legend names only those). */
import type { Atlas } from '../data/decode-atlas.ts';

export function circlesInView(atlas: Atlas, [w, s, e, n]: [number, number, number, number]): string[] {
  return atlas.circles.filter(({ bounds: [cw, cs, ce, cn] }) => cw <= e && ce >= w && cs <= n && cn >= s).map((c) => c.id);
}
