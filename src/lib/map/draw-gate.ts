/**
 * The draw gate (issue 11, "Performance that must hold"): while the atlas sources are still being
 * tiled, MapLibre paints a frame for every tile that arrives, and under software GL (SwiftShader)
 * each of those frames holds the main thread for tens of milliseconds — frames nobody needs, since
 * the map is not complete until the last source is in. The gate skips the painting step of a frame
 * (MapLibre still updates its sources, tiles and symbol placement) until `map.loaded()` says every
 * source is loaded and the frame's symbol placement has settled; then it lets that same frame
 * paint, so the first complete picture costs one frame. Why the placement too: in the frame where
 * the last tiles arrive, MapLibre places their symbols and marks that placement stale (its buckets
 * changed while it ran: style.ts `_updatePlacement`), so it runs one more frame before `idle`.
 * Painting the stale frame cost a second full frame on SwiftShader and, measured, made the first
 * paint ~0.75 s later than painting only the settled frame after it (docs/BENCH.md, session 5).
 * A source that never loads (a worker error) must not leave the map blank: after `timeoutMs` the
 * gate opens whatever the state. Measured: bench (c), docs/BENCH.md.
 *
 * `painter` and `_placementDirty` are MapLibre internals (not in its public types; map.ts `_render`
 * sets `_placementDirty` from this frame's placement before it calls `painter.render`); if a MapLibre
 * version lacks the painter the gate does nothing, and without the flag it waits for the sources only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Painter = { render: (...args: unknown[]) => void };
type Internals = { painter?: Painter; _placementDirty?: boolean };

/** Holds painting until the map's sources are loaded or `timeoutMs` passes; returns an opener. */
export function holdDrawing(map: MapLibreMap, timeoutMs = 3000): () => void {
  const internals = map as unknown as Internals;
  const painter = internals.painter;
  if (!painter || typeof painter.render !== 'function') return () => {};
  const render = painter.render;
  let open = false;
  const restore = () => {
    if (open) return false;
    open = true;
    clearTimeout(timer);
    painter.render = render;
    return true;
  };
  painter.render = function gated(this: Painter, ...args: unknown[]) {
    // Inside a frame `loaded()` reflects this frame's sources and `_placementDirty` its placement:
    // painting now shows the complete map, and no second frame follows.
    if (map.loaded() && internals._placementDirty !== true) restore();
    if (open) render.apply(this, args);
  };
  // Opened from outside a frame (timeout, teardown): ask for one so the map is painted.
  const openNow = () => { if (restore()) map.triggerRepaint(); };
  const timer = setTimeout(openNow, timeoutMs);
  return openNow;
}
