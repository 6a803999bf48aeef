import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdDrawing } from '../../src/lib/map/draw-gate.ts';

/** The parts of MapLibre's map the gate reads: `loaded()`, the painter and this frame's placement flag. */
function fakeMap() {
  const painted: number[] = [];
  let frame = 0;
  const state = { loaded: false, placementDirty: false as boolean | undefined, repaints: 0 };
  const painter = { render: () => { painted.push(frame); } };
  const map = {
    painter,
    get _placementDirty() { return state.placementDirty; },
    loaded: () => state.loaded,
    triggerRepaint: () => { state.repaints++; },
  };
  // one MapLibre frame: update (sources, placement: the flags set above), then paint
  const runFrame = () => { frame++; map.painter.render(); };
  return { map: map as unknown as MapLibreMap, state, painted, runFrame };
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

  it('opens after the timeout whatever the state, and asks for a frame so the map is not left blank', () => {
    const f = fakeMap();
    holdDrawing(f.map, 3000);
    vi.advanceTimersByTime(2999);
    f.runFrame();
    expect(f.painted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(f.state.repaints).toBe(1);
    f.runFrame();
    expect(f.painted).toEqual([2]);
  });

  it('opens when its opener is called (teardown), and once only', () => {
    const f = fakeMap();
    const open = holdDrawing(f.map);
    open(); open();
    expect(f.state.repaints).toBe(1);
    f.runFrame();
    expect(f.painted).toEqual([1]);
  });
});
