/**
 * Room for the circle names in the whole view (issue 11, "Default view"): on a phone in English, a
 * long circle name near the side of the whole view ran off the edge. MapLibre keeps labels off each other but not
 * off the canvas edge, so the fit of the whole view widens its padding on a side where a circle's
 * name — centred on its label point (place-layers.ts: anchors bottom, top, centre) — would cross it.
 * Widths are estimated as label-wrap.ts estimates them (no text is measured): pure.
 */
import type { Lang } from '../state/permalink.ts';
import { widestLineEms } from './label-wrap.ts';
import { circleNameSizePx, PLACE_NAME_MAX_EMS } from './place-layers.ts';
/** Room kept between a name and the edge: its halo (2 px) and a little air. */
const MARGIN_PX = 6;

/** A circle's name on the map: its label point and the width of its widest line, in ems. */
export interface NameBox { at: [number, number]; ems: number }

/** The widest line of a place name in ems, wrapped at the place layers' width (label-wrap.ts). */
export const nameEms = (name: string, lang: Lang): number => widestLineEms(name, lang, PLACE_NAME_MAX_EMS[lang]);

/**
 * Padding to add on the left and right (px) so that every name lies inside a canvas `width` px wide,
 * for a camera at `centerLng` and `zoom` (Web Mercator, 512 px tiles: x is linear in longitude).
 */
export function nameOverhang(names: readonly NameBox[], centerLng: number, zoom: number, width: number): { left: number; right: number } {
  const world = 512 * 2 ** zoom;
  const px = circleNameSizePx(zoom);
  let left = 0, right = 0;
  for (const n of names) {
    const x = width / 2 + ((n.at[0] - centerLng) / 360) * world;
    const half = (n.ems * px) / 2 + MARGIN_PX;
    left = Math.max(left, half - x);
    right = Math.max(right, x + half - width);
  }
  return { left: Math.ceil(left), right: Math.ceil(right) };
}
