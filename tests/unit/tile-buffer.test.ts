import { describe, expect, it } from 'vitest';
import { addGeoJsonSource, TILE_BUFFER_PX, tileBuffered } from '../../src/lib/map/tile-buffer.ts';

import type { FeatureCollection } from 'geojson';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('the GeoJSON tile buffer', () => {
  it('is narrower than MapLibre\'s 128 px and still wider than the widest line and its joins', () => {
    expect(TILE_BUFFER_PX).toBeLessThan(128);
    expect(TILE_BUFFER_PX).toBeGreaterThanOrEqual(16);
  });

  it('is given to a source that sets none, keeping its other options', () => {
    expect(tileBuffered({ type: 'geojson', data: empty, promoteId: 'adcode' })).toEqual({ type: 'geojson', data: empty, promoteId: 'adcode', buffer: TILE_BUFFER_PX });
  });

  it('leaves a source that sets its own buffer alone', () => {
    expect(tileBuffered({ type: 'geojson', data: empty, buffer: 0 }).buffer).toBe(0);
  });
});

describe('adding a GeoJSON source', () => {
  it('adds it once, with the narrow buffer', () => {
    const added: [string, unknown][] = [];
    const map = { getSource: (id: string) => added.find(([a]) => a === id), addSource: (id: string, spec: unknown) => { added.push([id, spec]); } };
    addGeoJsonSource(map as never, 'x', { type: 'geojson', data: empty });
    addGeoJsonSource(map as never, 'x', { type: 'geojson', data: empty, buffer: 0 });
    expect(added).toEqual([['x', { type: 'geojson', data: empty, buffer: TILE_BUFFER_PX }]]);
  });
});
