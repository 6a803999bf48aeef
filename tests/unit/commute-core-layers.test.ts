/** The core centres on the commute layer: one point per circle with a core, labelled in the reader's language. */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { COMMUTE_CORE_SOURCE, commuteCoreLayers, commuteCorePoints } from '../../src/lib/map/commute-core-layers.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import type { CommuteResult } from '../../src/lib/data/commute-types.ts';

const base = { units: 1, population: 1, coreStationIds: [] };
const result = {
  circles: [
    { ...base, id: 'a', status: 'no-rail', coreStationId: null, core: { ref: 'place:a', name: { zh: '甲', en: 'Jia' }, point: [117, 36.6], centreKind: 'historic-centre' } },
    { ...base, id: 'b', status: 'no-rail', coreStationId: null, core: null },
  ],
} as unknown as CommuteResult;

describe('commute core centres', () => {
  it('one point per circle that has a core centre, at its point, none for a circle without', () => {
    const fc = commuteCorePoints(result);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.coordinates).toEqual([117, 36.6]);
    expect(fc.features[0].properties).toEqual({ circle: 'a', labelZh: '甲·中心', labelEn: 'Jia centre' });
  });
  it('the label follows the language', () => {
    const label = (lang: 'zh' | 'en') => commuteCoreLayers(THEME, lang).find((l) => l.type === 'symbol') as { layout: { 'text-field': unknown } };
    expect(label('zh').layout['text-field']).toEqual(['get', 'labelZh']);
    expect(label('en').layout['text-field']).toEqual(['get', 'labelEn']);
  });
  it('the layers validate against the MapLibre style spec', () => {
    const sources = { [COMMUTE_CORE_SOURCE]: { type: 'geojson', data: commuteCorePoints(result) } };
    expect(validateStyleMin({ version: 8, sources, layers: commuteCoreLayers(THEME, 'zh') } as never)).toEqual([]);
  });
});
