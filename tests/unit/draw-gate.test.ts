import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdDrawing } from '../../src/lib/map/draw-gate.ts';

/**
 * The parts of MapLibre's map the gate reads: `loaded()`, moving, the painter and its WebGL context,
 * this frame's placement flag, `moveend`. A frame of the fake painter compiles (records `prepared`),
 * clears and draws through its gl as MapLibre's does; `painted` lists the frames that reached the canvas.
 */
function fakeMap() {
  const painted: number[] = [];
  const prepared: number[] = [];
  let frame = 0;
  const state = { loaded: false, moving: false, placementDirty: false as boolean | undefined, repaints: 0, throwIn: 0 };
  const handlers = new Map<string, Set<() => void>>();
  const draw = () => { if (painted.at(-1) !== frame) painted.push(frame); };
  const gl = { clear: draw, drawElements: draw, drawArrays: draw };
  const painter = {
    context: { gl },
    render(this: { context: { gl: typeof gl } }) {
      prepared.push(frame);
      this.context.gl.clear();
      if (state.throwIn === frame) throw new Error('frame failed');
      this.context.gl.drawElements();
    },
  };
  const map = {
    painter,
    get _placementDirty() { return state.placementDirty; },
    loaded: () => state.loaded,
    isMoving: () => state.moving,
    triggerRepaint: () => { state.repaints++; },
    on: (e: string, f: () => void) => { if (!handlers.has(e)) handlers.set(e, new Set()); handlers.get(e)!.add(f); },
    off: (e: string, f: () => void) => { handlers.get(e)?.delete(f); },
  };
  // one MapLibre frame: update (sources, placement: the flags set above), then paint
  const runFrame = () => { frame++; map.painter.render(); };
  const fire = (e: string) => { for (const f of handlers.get(e) ?? []) f(); };
  return { map: map as unknown as MapLibreMap, state, painted, prepared, gl, draw, runFrame, fire, handlers };
}

describe('the draw gate', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('paints nothing while a source is still loading', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.runFrame(); f.runFrame();
    expect(f.painted).toEqual([]);
  });

  it('still runs the painter in a held frame, with clearing and drawing made no-ops, so programs compile early', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.runFrame(); f.runFrame();
    expect(f.prepared).toEqual([1, 2]);
    expect(f.painted).toEqual([]);
    // the real calls are back after each held frame
    expect([f.gl.clear, f.gl.drawElements, f.gl.drawArrays]).toEqual([f.draw, f.draw, f.draw]);
    f.state.loaded = true;
    f.runFrame();
    expect(f.painted).toEqual([3]);
  });

  it('puts the real drawing calls back when a held frame throws', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.state.throwIn = 1;
    expect(() => f.runFrame()).toThrow('frame failed');
    expect([f.gl.clear, f.gl.drawElements, f.gl.drawArrays]).toEqual([f.draw, f.draw, f.draw]);
    expect(f.painted).toEqual([]);
  });

  it('does not paint the frame whose symbol placement is stale, and paints the settled frame after it', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.runFrame();
    f.state.loaded = true; f.state.placementDirty = true; // the last tiles arrived in this frame
    f.runFrame();
    expect(f.painted).toEqual([]);
    f.state.placementDirty = false; // MapLibre's next frame re-placed them: nothing more to do
    f.runFrame();
    f.runFrame();
    expect(f.painted).toEqual([3, 4]);
  });

  it('opens on the sources alone when MapLibre does not expose the placement flag', () => {
    const f = fakeMap();
    f.state.placementDirty = undefined;
    holdDrawing(f.map);
    f.state.loaded = true;
    f.runFrame();
    expect(f.painted).toEqual([1]);
  });

  it('paints after the first timeout whatever the state, and asks for a frame so the map is not left blank', () => {
    const f = fakeMap();
    holdDrawing(f.map, { firstMs: 3000 });
    vi.advanceTimersByTime(2999);
    f.runFrame();
    expect(f.painted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(f.state.repaints).toBe(1);
    f.runFrame();
    expect(f.painted).toEqual([2]);
  });

  it('keeps the first, longer hold when the camera jumps while it is on (the whole-view fit)', () => {
    const f = fakeMap();
    holdDrawing(f.map, { firstMs: 3000, afterMoveMs: 1000 });
    vi.advanceTimersByTime(500);
    f.fire('moveend');
    vi.advanceTimersByTime(1500); // past the jump's own 1000 ms, inside the first 3000
    f.runFrame();
    expect(f.painted).toEqual([]);
  });

  it('paints every frame of a camera move, then holds the new place until its picture is complete', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.state.loaded = true;
    f.runFrame(); // the first picture
    f.state.moving = true; f.state.loaded = false; // flying: tiles of the new zoom still coming
    f.runFrame(); f.runFrame();
    f.state.moving = false;
    f.fire('moveend');
    f.runFrame(); // a tile arrived, others still loading
    f.state.loaded = true; f.state.placementDirty = true;
    f.runFrame(); // the last tile: placement stale
    expect(f.painted).toEqual([1, 2, 3]);
    f.state.placementDirty = false;
    f.runFrame();
    expect(f.painted).toEqual([1, 2, 3, 6]);
  });

  it('paints a change made with the camera still at once (hover, a switch)', () => {
    const f = fakeMap();
    holdDrawing(f.map);
    f.state.loaded = true;
    f.runFrame();
    f.state.loaded = false; // e.g. the hovered county's outline source re-tiling
    f.runFrame();
    expect(f.painted).toEqual([1, 2]);
  });

  it('gives up an after-move hold after its time, so a source that never loads cannot freeze the picture', () => {
    const f = fakeMap();
    holdDrawing(f.map, { afterMoveMs: 1000 });
    f.state.loaded = true;
    f.runFrame();
    f.state.loaded = false;
    f.fire('moveend');
    f.runFrame();
    expect(f.painted).toEqual([1]);
    const asked = f.state.repaints;
    vi.advanceTimersByTime(1000);
    expect(f.state.repaints).toBe(asked + 1);
    f.runFrame();
    expect(f.painted).toEqual([1, 3]);
  });

  it('is undone by its release: MapLibre\'s painter back, the listener gone, a frame asked for', () => {
    const f = fakeMap();
    const original = f.map.painter.render;
    const release = holdDrawing(f.map);
    release();
    expect((f.map as unknown as { painter: { render: unknown } }).painter.render).toBe(original);
    expect(f.handlers.get('moveend')?.size ?? 0).toBe(0);
    expect(f.state.repaints).toBe(1);
  });
});
