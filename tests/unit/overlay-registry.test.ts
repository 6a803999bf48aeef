/**
 * Unit tier: the overlay registry is the one list (issue 9, item 2). A fixture overlay added to it
 * shows up as a switch, a legend entry and a permalink layer id with no other change; stacking comes
 * from slots, not from the order overlays mount in.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { LayerSpecification } from 'maplibre-gl';
import LayerToggles from '../../src/lib/panels/LayerToggles.svelte';
import { legendModel } from '../../src/lib/overlays/legend-model.ts';
import { OVERLAYS, styleOf, vocabularyOf } from '../../src/lib/overlays/registry.ts';
import type { Overlay } from '../../src/lib/overlays/overlay.ts';
import { beforeIdFor, inSlot, SLOTS, slotOf, type Slot } from '../../src/lib/overlays/slots.ts';
import { parsePermalink, serializePermalink, defaultState } from '../../src/lib/state/permalink.ts';
import { app } from '../../src/lib/state/app-state.svelte.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();
const fixture: Overlay = {
  id: 'fixture', labelKey: 'layerParks', defaultOn: false,
  sources: () => ({ 'fixture-points': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }),
  layers: () => inSlot('marker', [{ id: 'fixture-point', type: 'circle', source: 'fixture-points' }]),
  click: { layers: ['fixture-point'], select: () => null },
  legend: () => [{ id: 'fixture', label: 'fixture', swatch: { kind: 'ring' } }],
};
const withFixture = [...OVERLAYS, fixture];

describe('overlay registry', () => {
  it('a fixture entry gets a switch, a legend entry and a permalink id, with no other change', () => {
    expect(render(LayerToggles, { props: { overlays: OVERLAYS } }).body).not.toContain('toggle-fixture');
    expect(render(LayerToggles, { props: { overlays: withFixture } }).body).toContain('data-testid="toggle-fixture"');

    const legendInput = { lang: 'zh' as const, circle: null, construction: false, circlesInView: null };
    expect(legendModel(atlas, withFixture, { ...legendInput, layers: ['counties', 'fixture'] }).map((s) => s.overlay)).toContain('fixture');
    expect(legendModel(atlas, withFixture, { ...legendInput, layers: ['counties'] }).map((s) => s.overlay)).not.toContain('fixture');

    const vocab = vocabularyOf(withFixture, atlas.circles);
    const s = parsePermalink('?layers=counties,fixture', vocab);
    expect(s.layers).toEqual(['counties', 'fixture']);
    expect(serializePermalink(s, '/', vocab)).toBe('/?layers=counties,fixture');
    expect(parsePermalink('?layers=counties,fixture', vocabularyOf(OVERLAYS, atlas.circles)).layers).toEqual(['counties']);
  });

  it('styleOf marks exactly the declared click layers and names the overlay on every layer', () => {
    const input = { theme: THEME, lang: 'zh' as const, circle: null, construction: false, selection: null };
    for (const o of [...withFixture]) {
      const layers = styleOf(o, atlas, input) as (LayerSpecification & { metadata: { overlay: string; click: boolean } })[];
      expect(layers.every((l) => l.metadata.overlay === o.id), o.id).toBe(true);
      expect(layers.filter((l) => l.metadata.click).map((l) => l.id).sort(), o.id).toEqual([...(o.click?.layers ?? [])].sort());
      for (const l of layers) expect(slotOf(l), l.id).not.toBeNull();
    }
  });

  it('overlay ids, layer ids and click layers are unique across the registry', () => {
    const input = { theme: THEME, lang: 'zh' as const, circle: null, construction: false, selection: null };
    const ids = OVERLAYS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const layers = OVERLAYS.flatMap((o) => styleOf(o, atlas, input).map((l) => l.id));
    expect(layers.filter((id, i) => layers.indexOf(id) !== i)).toEqual([]);
    expect(vocabularyOf(OVERLAYS, atlas.circles).defaultLayers).toEqual(OVERLAYS.filter((o) => o.defaultOn).map((o) => o.id));
  });
});

describe('slots', () => {
  /** Insert layers one by one the way addInSlot does, and return the final drawing order. */
  function mount(layers: { id: string; slot: Slot }[]): string[] {
    const order: { id: string; slot: Slot }[] = [];
    for (const l of layers) {
      const before = beforeIdFor(order, l.slot);
      const at = before === undefined ? order.length : order.findIndex((x) => x.id === before);
      order.splice(at, 0, l);
    }
    return order.map((l) => l.id);
  }

  it('gives the same drawing order whatever order the overlays mount in', () => {
    const layers = [
      { id: 'marker', slot: 'marker' as const }, { id: 'rail', slot: 'network' as const }, { id: 'fill', slot: 'fill' as const },
      { id: 'label', slot: 'label' as const }, { id: 'zone', slot: 'zone' as const }, { id: 'land', slot: 'land' as const },
    ];
    const expected = [...layers].sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot)).map((l) => l.id);
    expect(mount(layers)).toEqual(expected);
    expect(mount([...layers].reverse())).toEqual(expected);
    expect(mount([layers[2], layers[0], layers[4], layers[1], layers[5], layers[3]])).toEqual(expected);
  });

  it('keeps layers of one slot in the order they were added', () => {
    expect(mount([{ id: 'a', slot: 'zone' }, { id: 'top', slot: 'marker' }, { id: 'b', slot: 'zone' }])).toEqual(['a', 'b', 'top']);
  });

  it('the default state of the app has exactly the default-on overlays switched on', () => {
    expect(defaultState(vocabularyOf(OVERLAYS, atlas.circles)).layers).toEqual(OVERLAYS.filter((o) => o.defaultOn).map((o) => o.id));
  });
});
