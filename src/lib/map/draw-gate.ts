/**
 * The draw gate (issue 11, "Performance that must hold"): while the atlas sources are still being
 * tiled, MapLibre paints a frame for every tile that arrives, and under software GL (SwiftShader)
 * each of those frames holds the main thread for tens of milliseconds — frames nobody needs, since
 * the map is not complete until the last source is in. The gate skips the painting step of a frame
 * (MapLibre still updates its sources, tiles and symbol placement) until `map.loaded()` says every
 * source is loaded; then it lets that same frame paint, so the first complete picture costs one
 * frame. A source that never loads (a worker error) must not leave the map blank: after `timeoutMs`
 * the gate opens whatever the state. Measured: bench (c), docs/BENCH.md.
 *
 * `painter` is MapLibre's internal renderer (not in its public types); if a MapLibre version lacks
 * it, the gate does nothing and the map draws as before.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Painter = { render: (...args: unknown[]) => void };

/** Holds painting until the map's sources are loaded or `timeoutMs` passes; returns an opener. */
export function holdDrawing(map: MapLibreMap, timeoutMs = 3000): () => void {
  const painter = (map as unknown as { painter?: Painter }).painter;
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
    // Inside a frame `loaded()` reflects this frame's sources; painting now shows the complete map.
    if (map.loaded()) restore();
    if (open) render.apply(this, args);
  };
  // Opened from outside a frame (timeout, teardown): ask for one so the map is painted.
  const openNow = () => { if (restore()) map.triggerRepaint(); };
  const timer = setTimeout(openNow, timeoutMs);
  return openNow;
}
