/**
 * What covers the map, as camera padding (issue 12 item 4): a detail panel floats over the map (beside
 * it on a wide screen, a sheet below it on a phone), so the camera must place the selection in the
 * part of the map the panel leaves free. The panel's rectangle is read from the page, never assumed,
 * so a resized panel or a different layout needs no change here.
 * MapLibre takes the result as `padding` (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/PaddingOptions/).
 */
export interface Rect { left: number; top: number; right: number; bottom: number }
export interface Padding { top: number; right: number; bottom: number; left: number }

/** Elements that float over the map and hide part of it carry this attribute (DetailPanel). */
export const COVER_ATTRIBUTE = 'data-covers-map';
/** A free strip narrower than this is no place to show anything: the camera then ignores the cover. */
const MIN_FREE_PX = 120;

const intersect = (a: Rect, b: Rect): Rect | null => {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : null;
};

/**
 * Padding that keeps the camera's target out from under `cover`: the map keeps the largest free strip
 * beside, above or below the cover (its area decides), and `margin` is added on every side. Pure.
 */
export function coverPadding(map: Rect, cover: Rect | null, margin: number): Padding {
  const even = { top: margin, right: margin, bottom: margin, left: margin };
  const c = cover && intersect(map, cover);
  if (!c) return even;
  const w = map.right - map.left, h = map.bottom - map.top;
  const strips: { free: number; area: number; pad: Partial<Padding> }[] = [
    { free: c.left - map.left, area: (c.left - map.left) * h, pad: { right: map.right - c.left } },
    { free: map.right - c.right, area: (map.right - c.right) * h, pad: { left: c.right - map.left } },
    { free: c.top - map.top, area: (c.top - map.top) * w, pad: { bottom: map.bottom - c.top } },
    { free: map.bottom - c.bottom, area: (map.bottom - c.bottom) * w, pad: { top: c.bottom - map.top } },
  ];
  const best = strips.filter((s) => s.free - 2 * margin >= MIN_FREE_PX).sort((a, b) => b.area - a.area)[0];
  if (!best) return even;
  const out = { ...even };
  for (const [side, px] of Object.entries(best.pad) as [keyof Padding, number][]) out[side] = px + margin;
  return out;
}

/** The part of `el` a reader sees: clipped by every scrolling or clipping ancestor and the window. */
function visibleRect(el: Element): Rect | null {
  let r: Rect | null = el.getBoundingClientRect();
  for (let a = el.parentElement; a && r; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') r = intersect(r, a.getBoundingClientRect());
  }
  return r && intersect(r, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
}

/**
 * Padding for several covers (a detail panel and the open legend): the biggest first, then each next
 * one against the part of the map the earlier ones left free. One cover gives `coverPadding`'s answer.
 */
export function coversPadding(map: Rect, covers: readonly Rect[], margin: number): Padding {
  const area = (r: Rect) => (r.right - r.left) * (r.bottom - r.top);
  const pad = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const cover of [...covers].sort((a, b) => area(b) - area(a))) {
    const free = { left: map.left + pad.left, top: map.top + pad.top, right: map.right - pad.right, bottom: map.bottom - pad.bottom };
    const p = coverPadding(free, cover, margin);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) pad[side] += p[side] - margin;
  }
  return { top: pad.top + margin, right: pad.right + margin, bottom: pad.bottom + margin, left: pad.left + margin };
}

/** Every cover now over the map container: its visible part. */
export function coversOver(container: HTMLElement): Rect[] {
  const map = container.getBoundingClientRect();
  return [...document.querySelectorAll(`[${COVER_ATTRIBUTE}]`)].map((el) => { const r = visibleRect(el); return r && intersect(r, map); }).filter((r): r is Rect => !!r);
}

/** Padding for the live map: its container's rect against what covers it now. */
export function mapPadding(container: HTMLElement, margin: number): Padding {
  const m = container.getBoundingClientRect();
  return coversPadding({ left: m.left, top: m.top, right: m.right, bottom: m.bottom }, coversOver(container), margin);
}
