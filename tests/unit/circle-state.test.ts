/** The selected circle as feature-state on the county source (src/lib/map/circle-state.ts). */
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountyFeature } from '../../src/lib/data/decode-atlas.ts';
type CountyProps = CountyFeature['properties'];
import { circleFlags, followCircle } from '../../src/lib/map/circle-state.ts';
import { SOURCES } from '../../src/lib/map/county-layers.ts';

const c = (adcode: string, coverageIn: string): CountyProps => {
  const ms = coverageIn.split('|').filter(Boolean);
  return { adcode, coverageIn, circleCount: ms.length, memberOf: `|${ms.map((m) => m.split(':')[0]).join('|')}|` } as CountyProps;
};
const counties = [c('100001', '|a:whole|'), c('100002', '|a:partial|b:extended|'), c('100003', '|b:whole|'), c('100004', '')];

describe('circle feature-state', () => {
  it('gives a member its coverage in the selected circle, and marks counties in several circles while any circle is selected', () => {
    expect(circleFlags(counties[1], null)).toEqual({ own: null, cov: null, picked: false });
    expect(circleFlags(counties[1], 'a')).toEqual({ own: 'a', cov: 'partial', picked: true });
    expect(circleFlags(counties[1], 'b')).toEqual({ own: 'b', cov: 'extended', picked: true });
    expect(circleFlags(counties[0], 'b')).toEqual({ own: null, cov: null, picked: false });
    expect(circleFlags(counties[3], 'a')).toEqual({ own: null, cov: null, picked: false });
  });

  it('does not take a circle whose id is the start of another one for it', () => {
    expect(circleFlags(c('100005', '|ab:whole|'), 'a').own).toBeNull();
  });

  it('writes the flags of the counties whose flags change, on the county source only', () => {
    const writes: [unknown, unknown][] = [];
    const map = { setFeatureState: (f: unknown, s: unknown) => { writes.push([f, s]); } } as unknown as MapLibreMap;
    const setCircle = followCircle(map, counties);
    setCircle(null);
    expect(writes).toEqual([]);
    setCircle('a');
    expect(writes).toEqual([
      [{ source: SOURCES.counties, id: '100001' }, { own: 'a', cov: 'whole', picked: false }],
      [{ source: SOURCES.counties, id: '100002' }, { own: 'a', cov: 'partial', picked: true }],
    ]);
    writes.length = 0;
    setCircle('b');
    expect(writes.map(([f]) => (f as { id: string }).id)).toEqual(['100001', '100002', '100003']);
    expect(writes[0][1]).toEqual({ own: null, cov: null, picked: false });
    writes.length = 0;
    setCircle('b');
    expect(writes).toEqual([]);
    setCircle(null);
    expect(writes.map(([f]) => (f as { id: string }).id)).toEqual(['100002', '100003']);
  });
});
