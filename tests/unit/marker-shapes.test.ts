/**
 * Unit tier: the marker shapes (src/lib/map/marker-shapes.ts) and their signed-distance images
 * (marker-images.ts) — inside is negative, the edge sits where MapLibre's SDF shader draws it, and
 * the field around the shape is wide enough for the rings the layers ask for.
 */
import { describe, expect, it } from 'vitest';
import { MARKER_BUFFER_PX, MARKER_SHAPES, markerSdf, markerUnitPx } from '../../src/lib/map/marker-images.ts';
import { shapeDistance, shapeOutline, shapeReach, svgPoints } from '../../src/lib/map/marker-shapes.ts';
import { PARK_KIND_STYLE, PARK_KINDS, PARK_RING } from '../../src/lib/map/park-layers.ts';
import { STATION_RING } from '../../src/lib/map/rail-layers.ts';
import { parkRadius, stationRadius } from '../marker-radius.ts';

const alphaAt = (img: { width: number; data: Uint8Array }, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];

describe('marker shapes', () => {
  it('the centre is inside every shape, a point far out is outside, and a vertex lies on the edge', () => {
    for (const shape of MARKER_SHAPES) {
      expect(shapeDistance(shape, 0, 0), shape).toBeLessThan(-0.5);
      expect(shapeDistance(shape, 3, 3), shape).toBeGreaterThan(1);
      const o = shapeOutline(shape);
      if (o) expect(Math.abs(shapeDistance(shape, ...o[0])), shape).toBeLessThan(1e-9);
    }
    expect(shapeDistance('circle', 1, 0)).toBeCloseTo(0, 9);
  });

  it('every shape is symmetric about its vertical axis, so its image may be computed by halves', () => {
    for (const shape of MARKER_SHAPES) {
      for (let i = 0; i < 50; i++) {
        const x = Math.cos(i * 7.1) * 1.8, y = Math.sin(i * 3.3) * 1.8;
        expect(Math.abs(shapeDistance(shape, x, y) - shapeDistance(shape, -x, y)), shape).toBeLessThan(1e-9);
      }
      // and the image is the field sampled at every pixel: a pixel of the right half, checked directly
      const img = markerSdf(shape), unit = markerUnitPx(shape), half = img.width / 2;
      for (const [x, y] of [[half + 2, half - 3], [img.width - 5, half], [half + 7, 4]]) {
        const d = shapeDistance(shape, (x + 0.5 - half) / unit, (y + 0.5 - half) / unit) * unit;
        expect(Math.abs(alphaAt(img, x, y) - Math.max(0, Math.min(1, 0.75 - d / 8)) * 255), `${shape} ${x},${y}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('each shape has about the area of the unit circle (no kind looks bigger for its shape), the triangle a little less', () => {
    for (const shape of MARKER_SHAPES) {
      let inside = 0;
      const n = 200, span = 3;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (shapeDistance(shape, -span / 2 + (span * (i + 0.5)) / n, -span / 2 + (span * (j + 0.5)) / n) < 0) inside++;
      const area = (inside / (n * n)) * span * span;
      expect(area / Math.PI, shape).toBeGreaterThan(shape === 'triangle' ? 0.8 : 0.95);
      expect(area / Math.PI, shape).toBeLessThan(1.05);
    }
  });

  it('the SDF image is opaque inside, at the shader edge (alpha 0.75) on the outline, and empty at its corners', () => {
    for (const shape of MARKER_SHAPES) {
      const img = markerSdf(shape);
      const c = img.width / 2;
      expect(alphaAt(img, c, c), shape).toBe(255);
      expect(alphaAt(img, 0, 0), shape).toBe(0);
      // the pixel whose centre is half a pixel outside the circle's edge
      if (shape === 'circle') expect(alphaAt(img, c + markerUnitPx('circle'), c) / 255).toBeCloseTo(0.75 - 0.5 / 8, 2);
    }
  });

  it('the field reaches far enough out for every ring a marker is drawn with, at every zoom (a wider ring would fill the icon square)', () => {
    for (const shape of MARKER_SHAPES) expect(markerSdf(shape).width / 2 - shapeReach(shape) * markerUnitPx(shape), shape).toBeGreaterThanOrEqual(MARKER_BUFFER_PX);
    const lerp = (a: number, b: number, t: number) => a + (b - a) * Math.max(0, Math.min(1, t));
    for (let zoom = 3; zoom <= 12; zoom += 0.25) {
      for (const k of PARK_KINDS) {
        const room = (MARKER_BUFFER_PX * parkRadius(k, PARK_KIND_STYLE[k].shape, zoom)) / markerUnitPx(PARK_KIND_STYLE[k].shape);
        for (const state of ['normal', 'hover', 'selected'] as const) expect(lerp(PARK_RING.z5[state], PARK_RING.z8[state], (zoom - 5) / 3), `${k} ${state} at ${zoom}`).toBeLessThan(room);
      }
      for (const lines of [1, 2, 3]) {
        const room = (MARKER_BUFFER_PX * stationRadius(lines, zoom)) / markerUnitPx('circle');
        for (const state of ['normal', 'hub', 'hover', 'selected'] as const) {
          if (state === 'hub' && lines < 3) continue;
          expect(lerp(STATION_RING.z6[state], STATION_RING.z10[state], (zoom - 6) / 4), `station of ${lines} lines, ${state} at ${zoom}`).toBeLessThan(room);
        }
      }
    }
  });

  it('the legend draws the same outline, scaled', () => {
    expect(svgPoints('circle', 10, 10, 5)).toBeNull();
    const pts = svgPoints('diamond', 10, 10, 4)!.split(' ').map((p) => p.split(',').map(Number));
    expect(pts.length).toBe(4);
    for (const [x, y] of pts) expect(Math.hypot(x - 10, y - 10)).toBeCloseTo(4 * 1.25, 1);
  });
});
