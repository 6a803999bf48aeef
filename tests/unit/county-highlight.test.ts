/** The hovered/selected county outline comes from a source holding only those features (src/lib/map/county-highlight.ts). */
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountyFeature } from '../../src/lib/data/decode-atlas.ts';
import { followCountyHighlight, highlightData, type HighlightData } from '../../src/lib/map/county-highlight.ts';
import { SOURCES } from '../../src/lib/map/county-layers.ts';

const county = (adcode: string): CountyFeature => ({
  type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { adcode } as CountyFeature['properties'],
});
const byAdcode = new Map(['100001', '100002', '100003'].map((a) => [a, county(a)]));
const roles = (d: HighlightData) => d.features.map((f) => `${f.properties.adcode}:${f.properties.role}`);

describe('county highlight source', () => {
  it('holds nothing when no county is hovered or selected', () => {
    expect(highlightData(byAdcode, null, null).features).toEqual([]);
  });

  it('holds the hovered county, then the selected one on top, and one feature when they are the same', () => {
    expect(roles(highlightData(byAdcode, '100001', '100002'))).toEqual(['100001:hover', '100002:selected']);
    expect(roles(highlightData(byAdcode, '100002', '100002'))).toEqual(['100002:selected']);
    expect(roles(highlightData(byAdcode, '999999', null))).toEqual([]);
  });

  it('follows the hover and selected feature-state flags written on the county source, and ignores other sources', () => {
    const written: HighlightData[] = [];
    const states: unknown[] = [];
    const map = {
      setFeatureState: (f: unknown, s: unknown) => { states.push([f, s]); },
      getSource: (id: string) => (id === SOURCES.highlight ? { setData: (d: HighlightData) => written.push(d) } : undefined),
    } as unknown as MapLibreMap;
    followCountyHighlight(map, byAdcode);
    map.setFeatureState({ source: SOURCES.counties, id: '100001' }, { hover: true });
    map.setFeatureState({ source: SOURCES.counties, id: '100003' }, { selected: true });
    map.setFeatureState({ source: 'park-points', id: '100002' }, { hover: true });
    map.setFeatureState({ source: SOURCES.counties, id: '100001' }, { hover: false });
    map.setFeatureState({ source: SOURCES.counties, id: '100002' }, { hover: false }); // not the hovered one: no change
    expect(states).toHaveLength(5); // every write still reaches MapLibre
    expect(written.map(roles)).toEqual([['100001:hover'], ['100001:hover', '100003:selected'], ['100003:selected']]);
  });
});
