/** Unit tier: the place layer's points and layers (src/lib/map/place-{features,layers}.ts) from the built data. */
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { placeFeatures } from '../../src/lib/map/place-features.ts';
import { placeLayers } from '../../src/lib/map/place-layers.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();
const fc = placeFeatures(atlas);
const of = (kind: string) => fc.features.filter((f) => f.properties.kind === kind);

describe('place layer', () => {
  it('has one core per circle, in its colour, and ranks cores above circles, seats and provinces', () => {
    expect(of('core').map((f) => f.properties.circle).sort()).toEqual(atlas.circles.map((c) => c.id).sort());
    for (const f of of('core')) expect(f.properties.color).toBe(atlas.circles.find((c) => c.id === f.properties.circle)!.color);
    const rank = (k: string) => of(k)[0].properties.rank;
    expect(rank('core')).toBeLessThan(rank('circle'));
    expect(rank('circle')).toBeLessThan(rank('prefecture-seat'));
    expect(rank('prefecture-seat')).toBeLessThan(rank('province'));
  });

  it('prints a seat as its city, never the building, and never repeats a core city as a seat', () => {
    const cores = new Set(of('core').map((f) => f.properties.name));
    for (const f of of('prefecture-seat')) {
      expect(f.properties.name).not.toMatch(/人民政府/);
      expect(cores.has(f.properties.name), f.properties.name).toBe(false);
    }
  });

  it('puts each circle name on a point inside one of its member counties', () => {
    for (const f of of('circle')) {
      const inside = atlas.counties.features.some((c) => c.properties.memberOf.includes(`|${f.properties.circle}|`) && booleanPointInPolygon(f.geometry, c));
      expect(inside, f.properties.circle).toBe(true);
    }
  });

  it('names a province for every polygon of the land layer, in zh and pinyin', () => {
    expect(of('province').length).toBe(atlas.json.provinces.length);
    expect(of('province').every((f) => f.properties.name && /^[A-Z][a-z' ]+$/.test(f.properties.nameEn))).toBe(true);
  });

  it('lets only the selected circle’s core label ignore collisions', () => {
    const id = atlas.circles[0].id;
    const layers = placeLayers(atlas.circles, THEME, 'en', id);
    const overlapping = layers.filter((l) => l.type === 'symbol' && (l.layout as Record<string, unknown>)['text-allow-overlap'] === true);
    expect(overlapping.map((l) => l.id)).toEqual(['place-core-selected']);
    expect(JSON.stringify(overlapping[0])).toContain(id);
    expect(JSON.stringify(layers.find((l) => l.id === 'place-core-label')!.layout)).toContain('nameEn');
  });
});
