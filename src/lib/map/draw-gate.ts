/**
 * The draw gate (issue 11, "Performance that must hold"): while sources are still being tiled,
 * MapLibre paints a frame for every tile that arrives, and under software GL (SwiftShader) each of
 * those frames holds the main thread for tens of milliseconds — frames nobody needs, since the
 * picture is not complete until the last tile is in. The gate keeps such a frame off the canvas
 * (MapLibre still updates its sources, tiles and symbol placement) until the picture is
 * complete: `map.loaded()` says every source is loaded and the frame's symbol placement has
 * settled; then it lets that same frame paint, so a complete picture costs one frame.
 *
 * Why the placement too: in the frame where the last tiles arrive, MapLibre places their symbols
 * and marks that placement stale (its buckets changed while it ran: style.ts `_updatePlacement`),
 * so it runs one more frame before `idle`. Painting the stale frame cost a second full frame on
 * SwiftShader and, measured, made the first paint ~0.75 s later than painting only the settled
 * frame after it (docs/BENCH.md, session 5).
 *
 * A held frame is not skipped but **prepared**: MapLibre's painter runs with the WebGL calls that draw
 * (`drawElements`, `drawArrays`) and clear (`clear`) made no-ops, so it compiles the shader programs
 * and uploads the tiles it will need, and leaves the canvas untouched (no new picture for the
 * compositor to read back). Why: compiling a program blocks the main thread until SwiftShader has
 * built it; done in the held frames, while the worker is still tiling, it is not on the path to the
 * first picture, which otherwise compiled ~14 programs in one frame (gate open → idle 169 → 8 ms,
 * docs/BENCH.md, session 6). MapLibre draws only through `drawElements` (webgl/program.ts) and clears
 * only through `clear` (webgl/context.ts).
 *
 * When it holds: from the start until the first complete picture (at most `firstMs`: a source
 * that never loads must not leave the map blank), and after each camera move, from `moveend`
 * until the picture at the new place is complete (at most `afterMoveMs`; the reader keeps seeing
 * the last frame of the move meanwhile). Never while the camera moves, and never for a change
 * made with the camera still (hover, a switch, a language): those paint as before.
 *
 * `painter` (with its `context.gl`) and `_placementDirty` are MapLibre internals (not in its public
 * types; map.ts `_render` sets `_placementDirty` from this frame's placement before it calls
 * `painter.render`); if a MapLibre version lacks the painter the gate does nothing, without its gl a
 * held frame is skipped, and without the flag the gate waits for the sources only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type GL = Record<(typeof DRAWING_CALLS)[number], unknown>;
type Painter = { render: (...args: unknown[]) => void; context?: { gl?: GL } };

/** The WebGL calls that change the canvas (the rest of a frame compiles, uploads and sets state). */
const DRAWING_CALLS = ['drawElements', 'drawArrays', 'clear'] as const;
const noop = () => {};

/** Runs a frame of the painter with the drawing calls made no-ops, and puts them back after. */
function prepare(painter: Painter, render: Painter['render'], args: unknown[]): void {
  const gl = painter.context?.gl;
  if (!gl) return;
  const saved = DRAWING_CALLS.map((name) => gl[name]);
  for (const name of DRAWING_CALLS) gl[name] = noop;
  try {
    render.apply(painter, args);
  } finally {
    DRAWING_CALLS.forEach((name, i) => { gl[name] = saved[i]; });
  }
}
type Internals = { painter?: Painter; _placementDirty?: boolean };

export interface GateTimes { firstMs?: number; afterMoveMs?: number }

/**
 * Holds painting as above; returns a release that puts MapLibre's painter back and asks for a
 * frame (teardown).
 */
export function holdDrawing(map: MapLibreMap, { firstMs = 3000, afterMoveMs = 1000 }: GateTimes = {}): () => void {
  const internals = map as unknown as Internals;
  const painter = internals.painter;
  if (!painter || typeof painter.render !== 'function') return () => {};
  const render = painter.render;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // true while a hold is on; it ends at the first complete frame, or at `deadline`
  let holding = false;
  let deadline = 0;
  const hold = (ms: number) => {
    const until = Date.now() + ms;
    // a jump of the camera while the first picture is held (the whole-view fit) keeps the longer hold
    if (holding && deadline >= until) return;
    holding = true;
    deadline = until;
    clearTimeout(timer);
    // no frame may come (a source that never loads): ask for one, which paints whatever is there
    timer = setTimeout(() => { if (holding) { holding = false; map.triggerRepaint(); } }, ms);
  };
  const release = () => { holding = false; clearTimeout(timer); };
  const afterMove = () => hold(afterMoveMs);
  hold(firstMs);
  map.on('moveend', afterMove);
  painter.render = function gated(this: Painter, ...args: unknown[]) {
    // Inside a frame `loaded()` reflects this frame's sources and `_placementDirty` its placement:
    // painting now shows the complete picture, and no second frame follows.
    if (holding && map.loaded() && internals._placementDirty !== true) release();
    if (!holding || map.isMoving()) render.apply(this, args);
    else prepare(this, render, args);
  };
  return () => {
    release();
    map.off('moveend', afterMove);
    if (painter.render !== render) { painter.render = render; map.triggerRepaint(); }
  };
}
