/**
 * Unit tier: the legend model (src/lib/overlays/legend-model.ts) that the map legend and the export
 * both draw, rendered for every combination of switched-on overlays.
 */
import { describe, expect, it } from 'vitest';
import { drawnLines, legendColour, legendModel, NEUTRAL, type LegendInput } from '../../src/lib/overlays/legend-model.ts';
import { OVERLAYS } from '../../src/lib/overlays/registry.ts';
import { COMMUTE_COLORS } from '../../src/lib/map/commute-layers.ts';
import { loadAtlas } from './load-built-atlas.ts';
import { railLayers, STATION_MIN_ZOOM } from '../../src/lib/map/rail-layers.ts';
import { placeLayers, SEAT_MIN_ZOOM } from '../../src/lib/map/place-layers.ts';
import { THEME } from '../../src/lib/map/theme.ts';

const atlas = loadAtlas();
const base: LegendInput = { lang: 'zh', layers: [], circle: null, construction: false, circlesInView: null };
const ids = OVERLAYS.map((o) => o.id);
const subsets = Array.from({ length: 2 ** ids.length }, (_, mask) => ids.filter((_, i) => mask & (2 ** i)));

describe('legend model', () => {
  it('lists exactly the switched-on overlays that have legend lines, in registry order, for every combination', () => {
    const withLegend = OVERLAYS.filter((o) => o.legend).map((o) => o.id);
    for (const layers of subsets) {
      for (const lang of ['zh', 'en'] as const) {
        const sections = legendModel(atlas, OVERLAYS, { ...base, lang, layers });
        expect(sections.map((s) => s.overlay), layers.join(',')).toEqual(withLegend.filter((id) => layers.includes(id)));
        for (const s of sections) {
          expect(s.items.length, s.overlay).toBeGreaterThan(0);
          for (const item of s.items) expect(item.label.trim(), `${s.overlay}/${item.id}`).not.toBe('');
        }
      }
    }
  });

  it('shows the commute classes only when the commute layer is on, in the map colours', () => {
    const off = legendModel(atlas, OVERLAYS, { ...base, layers: ['counties'] });
    expect(off.some((s) => s.overlay === 'commute')).toBe(false);
    const on = legendModel(atlas, OVERLAYS, { ...base, layers: ['counties', 'commute'] }).find((s) => s.overlay === 'commute')!;
    expect(on.items.map((i) => (i.swatch.kind === 'fill' ? i.swatch.color : ''))).toEqual([...COMMUTE_COLORS]);
    expect(on.items.map((i) => i.label)).toEqual(['≤ 30 分钟', '≤ 60 分钟', '≤ 90 分钟', '≤ 120 分钟', '> 120 分钟']);
  });

  it('draws coverage kinds in the selected circle colour, and in a neutral grey with every circle listed when none is selected', () => {
    const coverage = (circle: string | null) => legendModel(atlas, OVERLAYS, { ...base, layers: ['counties'], circle })[0].items;
    const colourOf = (items: ReturnType<typeof coverage>, id: string) => { const s = items.find((i) => i.id === id)!.swatch; return s.kind === 'fill' ? s.color : null; };
    const none = coverage(null);
    expect(colourOf(none, 'whole')).toBe(NEUTRAL);
    expect(none.filter((i) => i.id.startsWith('circle-')).map((i) => i.label)).toEqual(atlas.circles.map((c) => c.name.zh));
    for (const c of atlas.circles) {
      const one = coverage(c.id);
      expect(colourOf(one, 'whole'), c.id).toBe(c.color);
      expect(colourOf(one, 'partial'), c.id).toBe(legendColour(atlas, c.id));
      expect(one.some((i) => i.id.startsWith('circle-')), c.id).toBe(false);
    }
  });

  it('names only the circles in view when told which they are (embed mode)', () => {
    const [first, second] = atlas.circles;
    const items = legendModel(atlas, OVERLAYS, { ...base, layers: ['counties'], circlesInView: [second.id] })[0].items;
    expect(items.filter((i) => i.id.startsWith('circle-')).map((i) => i.id)).toEqual([`circle-${second.id}`]);
    expect(items.some((i) => i.id === `circle-${first.id}`)).toBe(false);
  });
});

describe('legend lines the map draws only when zoomed in', () => {
  const noted = (zoom: number | undefined) => legendModel(atlas, OVERLAYS, { ...base, layers: ids, zoom })
    .flatMap((s) => s.items).filter((i) => i.zoomIn).map((i) => i.id);

  it('say so below their zoom (stations, prefecture seats), and not from it on or without a zoom', () => {
    expect(noted(4)).toEqual(['seat', 'station']);
    expect(noted(STATION_MIN_ZOOM)).toEqual(['seat']);
    expect(noted(SEAT_MIN_ZOOM)).toEqual([]);
    expect(noted(undefined)).toEqual([]);
  });

  it('take the zoom from the layers that draw them', () => {
    const items = legendModel(atlas, OVERLAYS, { ...base, layers: ids }).flatMap((s) => s.items);
    const from = (id: string) => items.find((i) => i.id === id)?.fromZoom;
    expect(from('station')).toBe(railLayers(THEME, 'zh').find((l) => l.id === 'station-point')!.minzoom);
    expect(from('seat')).toBe(placeLayers(atlas.circles, THEME, 'zh', null).find((l) => l.id === 'place-seat-dot')!.minzoom);
  });
});

describe('the exported figure\'s legend', () => {
  it('lists only the lines the picture shows: at the national zoom no station or seat line, at a circle\'s zoom all', () => {
    const lines = (zoom: number) => drawnLines(legendModel(atlas, OVERLAYS, { ...base, layers: ids, zoom })).flatMap((s) => s.items.map((i) => i.id));
    const all = legendModel(atlas, OVERLAYS, { ...base, layers: ids }).flatMap((s) => s.items.map((i) => i.id));
    expect(lines(4)).toEqual(all.filter((id) => id !== 'seat' && id !== 'station'));
    expect(lines(7)).toEqual(all);
    // a section whose every line waits for a closer zoom is dropped, not left as a bare title
    const onlyRail = drawnLines([{ overlay: 'rail', title: 'x', items: [{ id: 'station', label: 's', swatch: { kind: 'ring' }, zoomIn: true }] }]);
    expect(onlyRail).toEqual([]);
  });
});
