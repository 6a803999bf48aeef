/**
 * Marker shapes (issue 11, "Symbology"): a station is a round dot, each park kind a shape of its own,
 * so no park reads as a station. One geometry feeds the map's icons (marker-images.ts), the legend's
 * swatches (panels/Swatch.svelte) and the exported figure (export/figure.ts), so they cannot differ.
 * Outlines are in marker units (a circle of radius 1), y down; each shape has about the circle's area
 * (a triangle a little less, so its point does not stab the names around it).
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'hexagon' | 'triangle';

const regular = (n: number, r: number, start: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = start + (2 * Math.PI * i) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });

/**
 * The outlines, made once: `shapeDistance` runs for every pixel of every marker image while the map
 * is first set up (marker-images.ts), and building the outline per call cost ~150 ms there.
 */
const OUTLINES: Readonly<Record<MarkerShape, readonly (readonly [number, number])[] | null>> = {
  circle: null,
  square: regular(4, 1.25, Math.PI / 4), // half-side 0.886: area π
  diamond: regular(4, 1.25, 0), // the square turned 45°
  hexagon: regular(6, 1.1, 0),
  triangle: regular(3, 1.45, -Math.PI / 2), // point up
};

/** The outlines as flat [x0, y0, x1, y1, …] arrays, for `shapeDistance`. */
const FLAT: Readonly<Record<MarkerShape, Float64Array | null>> = Object.fromEntries(
  Object.entries(OUTLINES).map(([shape, o]) => [shape, o && Float64Array.from(o.flat())]),
) as Record<MarkerShape, Float64Array | null>;

/** The outline as a polygon; null for the circle. */
export function shapeOutline(shape: MarkerShape): readonly (readonly [number, number])[] | null {
  return OUTLINES[shape];
}

/** How far the shape reaches from its centre, in marker units. */
export function shapeReach(shape: MarkerShape): number {
  const o = shapeOutline(shape);
  return o ? Math.max(...o.map(([x, y]) => Math.hypot(x, y))) : 1;
}

/**
 * Signed distance from (x, y) to the outline, in marker units: negative inside. For a polygon the
 * exact distance to its edges, signed by a crossing count (Inigo Quilez, "2D distance functions",
 * https://iquilezles.org/articles/distfunctions2d/).
 */
export function shapeDistance(shape: MarkerShape, x: number, y: number): number {
  const o = FLAT[shape];
  if (!o) return Math.sqrt(x * x + y * y) - 1;
  // Indexed reads of a flat array, no destructuring: this runs for every pixel of every marker image
  // while the map is first set up, before the engine has optimised it (~100 ms in a first-load profile).
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = o.length - 2; i < o.length; j = i, i += 2) {
    const ax = o[j], ay = o[j + 1], bx = o[i], by = o[i + 1];
    const ex = bx - ax, ey = by - ay, wx = x - ax, wy = y - ay;
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    const dx = wx - ex * t, dy = wy - ey * t;
    d = Math.min(d, dx * dx + dy * dy); // squared: one root at the end
    if ((ay > y) !== (by > y) && x < ax + ((y - ay) * ex) / ey) inside = !inside;
  }
  return inside ? -Math.sqrt(d) : Math.sqrt(d);
}

/** An SVG `points` list (or null for the circle), the shape of radius `r` centred on (cx, cy). */
export function svgPoints(shape: MarkerShape, cx: number, cy: number, r: number): string | null {
  const o = shapeOutline(shape);
  return o ? o.map(([x, y]) => `${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`).join(' ') : null;
}
