/**
 * Unit tier: invariants of the map style built by the pure layer functions in
 * src/lib/map/county-layers.ts — checked without a map.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import type { AtlasJson, Circle } from '../../src/lib/data/atlas-types.ts';
import { circleColor, countyLayers, labelLayers, landLayers, outlineLayers, SOURCES } from '../../src/lib/map/county-layers.ts';
import { circleFlags } from '../../src/lib/map/circle-state.ts';
import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { CountyFeature } from '../../src/lib/data/decode-atlas.ts';
type CountyProps = CountyFeature['properties'];
import { baseStyle } from '../../src/lib/map/base-style.ts';
import { THEME } from '../../src/lib/map/theme.ts';

// The real circles (colours from the built data).
const circles: Circle[] = (JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson).circles;

function allLayers(lang: 'zh' | 'en' = 'zh'): LayerSpecification[] {
  return [...baseStyle(THEME).layers, ...landLayers(THEME), ...countyLayers(circles, THEME), ...outlineLayers(circles), ...labelLayers(THEME, lang)];
}
const sourceIds = new Set<string>(Object.values(SOURCES));

type Props = Pick<CountyProps, 'circle' | 'coverage' | 'memberOf' | 'coverageIn' | 'circleCount'>;
const county = (p: Props) => ({ type: 'Polygon', properties: p }) as never;
const layerOf = (id: string) => countyLayers(circles, THEME).find((l) => l.id === id) as { type: string; filter?: unknown; paint: Record<string, unknown> };
/** A paint value of a county layer evaluated as MapLibre does, with the feature-state a circle selection writes (circle-state.ts). */
function paintOf(id: string, prop: string, feature: { properties: Props } | never, circle: string | null, extra: Record<string, unknown> = {}): unknown {
  const layer = layerOf(id);
  const spec = (latest as never as Record<string, Record<string, never>>)[`paint_${layer.type}`][prop];
  const e = expression.createExpression(layer.paint[prop], `paint.${prop}`, spec);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  const state = { ...circleFlags((feature as { properties: Props }).properties, circle), ...extra };
  const v = e.value.evaluate({ zoom: 6 }, feature as never, state as never);
  return v && typeof v === 'object' && 'r' in v ? colorHex(v as { r: number; g: number; b: number }) : v;
}
const colorHex = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('')}`;
const passes = (id: string, feature: never) => featureFilter(layerOf(id).filter as never, 'filter').filter({ zoom: 6 } as never, feature);

describe('map style invariants', () => {
  it('layer ids are unique across every layer function', () => {
    const ids = allLayers().map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the documented layer ids all exist', () => {
    const ids = new Set(allLayers().map((l) => l.id));
    for (const id of ['land-fill', 'land-context-fill', 'province-line', 'county-fill', 'county-tint', 'county-hatch', 'county-line', 'prefecture-line', 'county-highlight', 'county-label', ...circles.flatMap((c) => [`circle-outline-${c.id}`, `circle-outline-extended-${c.id}`])]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("every layer's source is one of SOURCES (background layers have none)", () => {
    for (const l of allLayers()) {
      if (l.type === 'background') { expect('source' in l).toBe(false); continue; }
      const source = (l as { source?: unknown }).source;
      expect(typeof source, l.id).toBe('string');
      expect(sourceIds.has(source as string), `${l.id} → ${String(source)}`).toBe(true);
    }
  });

  it('SOURCES has distinct names', () => {
    const names = Object.values(SOURCES);
    expect(new Set(names).size).toBe(names.length);
  });

  it('circleColor is a match expression carrying every circle colour and a fallback', () => {
    const expr = circleColor(circles, 'circle', '#000000') as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr[1]).toEqual(['get', 'circle']);
    for (const c of circles) {
      const i = expr.indexOf(c.id);
      expect(i, c.id).toBeGreaterThan(1);
      expect(expr[i + 1], c.id).toBe(c.color);
    }
    expect(expr.length).toBe(2 + 2 * circles.length + 1);
    expect(expr[expr.length - 1]).toBe('#000000');
  });

  it('circleColor with no circles is the fallback alone', () => {
    expect(circleColor([], 'circle', '#abc')).toEqual(['literal', '#abc']);
  });

  it('the county tint and the outlines carry every circle colour', () => {
    const byId = new Map(allLayers().map((l) => [l.id, l]));
    const fill = JSON.stringify((byId.get('county-tint') as { paint: unknown }).paint);
    for (const c of circles) {
      expect(fill, c.id).toContain(c.color);
      for (const id of [`circle-outline-${c.id}`, `circle-outline-extended-${c.id}`]) {
        const l = byId.get(id) as { paint: Record<string, unknown>; filter: unknown };
        expect(l.paint['line-color'], id).toBe(c.color);
        expect(JSON.stringify(l.filter), id).toContain(`["==",["get","circle"],"${c.id}"]`);
      }
    }
  });

  it('with a circle selected, a county that is also in another circle takes the selected circle colour; the others keep their own', () => {
    const [a, b] = circles;
    const both = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|${b.id}|`, coverageIn: `|${a.id}:whole|${b.id}:whole|`, circleCount: 2 });
    const onlyA = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|`, coverageIn: `|${a.id}:whole|`, circleCount: 1 });
    expect(paintOf('county-tint', 'fill-color', both, null)).toBe(a.color);
    expect(paintOf('county-tint', 'fill-color', both, b.id)).toBe(b.color);
    expect(paintOf('county-tint', 'fill-color', onlyA, b.id)).toBe(a.color);
  });

  it('a county extended in the selected circle but whole in another is drawn light only while that circle is selected', () => {
    const [a, b] = circles;
    const c = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|${b.id}|`, coverageIn: `|${a.id}:whole|${b.id}:extended|`, circleCount: 2 });
    expect(paintOf('county-tint', 'fill-opacity', c, null)).toBe(0.5);
    expect(paintOf('county-tint', 'fill-opacity', c, b.id)).toBe(0.2);
    expect(paintOf('county-tint', 'fill-opacity', c, a.id)).toBe(0.5);
    expect(paintOf('county-tint', 'fill-opacity', c, b.id, { hover: true })).toBe(0.35);
  });

  it('the overlap stripes draw counties in two or more circles in the overview only', () => {
    const [a, b] = circles;
    const two = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|${b.id}|`, coverageIn: `|${a.id}:whole|${b.id}:whole|`, circleCount: 2 });
    const one = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|`, coverageIn: `|${a.id}:whole|`, circleCount: 1 });
    expect(passes('county-overlap', two)).toBe(true);
    expect(passes('county-overlap', one)).toBe(false);
    expect(paintOf('county-overlap', 'fill-opacity', two, null)).toBe(0.9);
    expect(paintOf('county-overlap', 'fill-opacity', two, a.id)).toBe(0);
    expect(paintOf('county-overlap', 'fill-opacity', two, circles[2]?.id ?? b.id)).toBe(0);
  });

  it('the county tint reacts to feature-state hover; the highlight draws only its own small source, selected thicker', () => {
    const byId = new Map(allLayers().map((l) => [l.id, l]));
    const fill = JSON.stringify((byId.get('county-tint') as { paint: unknown }).paint);
    expect(fill).toContain('["feature-state","hover"]');
    const hl = byId.get('county-highlight') as { source: string; paint: Record<string, unknown> };
    expect(hl.source).toBe(SOURCES.highlight);
    expect(hl.paint['line-width']).toEqual(['case', ['==', ['get', 'role'], 'selected'], 3, 1.5]);
  });

  it('the partial hatch draws partial units: by first membership in the overview, by the selected circle otherwise', () => {
    const [a, b] = circles;
    const c = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|${b.id}|`, coverageIn: `|${a.id}:whole|${b.id}:partial|`, circleCount: 2 });
    const whole = county({ circle: a.id, coverage: 'whole', memberOf: `|${a.id}|`, coverageIn: `|${a.id}:whole|`, circleCount: 1 });
    expect(passes('county-hatch', c)).toBe(true);
    expect(passes('county-hatch', whole)).toBe(false);
    expect(paintOf('county-hatch', 'fill-opacity', c, null)).toBe(0);
    expect(paintOf('county-hatch', 'fill-opacity', c, a.id)).toBe(0);
    expect(paintOf('county-hatch', 'fill-opacity', c, b.id)).toBe(0.9);
  });

  it('no county layer names a circle in a filter or in its paint: a circle click changes feature-state only and re-tiles nothing', () => {
    const text = JSON.stringify(countyLayers(circles, THEME).map((l) => ('filter' in l ? l.filter : null)));
    for (const c of circles) expect(text, c.id).not.toContain(c.id);
  });

  it('the click layer covers every county and is never drawn; the tint covers member counties only', () => {
    const byId = new Map(countyLayers(circles, THEME).map((l) => [l.id, l as { filter?: unknown; paint: Record<string, unknown> }]));
    expect(byId.get('county-fill')!.filter).toBeUndefined();
    expect(byId.get('county-fill')!.paint['fill-opacity']).toBe(0);
    expect(byId.get('county-tint')!.filter).toEqual(['!=', ['get', 'circle'], '']);
  });

  it('land is two constant opaque fills split by the context flag', () => {
    const land = landLayers(THEME).filter((l) => l.type === 'fill') as { filter: unknown; paint: Record<string, unknown> }[];
    expect(land.map((l) => l.paint['fill-color'])).toEqual([THEME.land, THEME.landContext]);
    expect(land.map((l) => l.filter)).toEqual([['==', ['get', 'context'], true], ['!', ['==', ['get', 'context'], true]]]);
    for (const l of land) expect(l.paint['fill-opacity']).toBeUndefined();
  });

  it('labels read name in zh and nameEn in en', () => {
    const field = (lang: 'zh' | 'en') => (labelLayers(THEME, lang)[0] as { layout: Record<string, unknown> }).layout['text-field'];
    expect(field('zh')).toEqual(['get', 'name']);
    expect(field('en')).toEqual(['get', 'nameEn']);
  });

  it('the base style requests nothing: no glyphs, no sprite, no sources', () => {
    const s = baseStyle(THEME) as unknown as Record<string, unknown>;
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(s.sources).toEqual({});
  });
});
