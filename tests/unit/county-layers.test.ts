/**
 * Unit tier: invariants of the map style built by the pure layer functions in
 * src/lib/map/county-layers.ts — checked without a map.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import type { AtlasJson, Circle } from '../../src/lib/data/atlas-types.ts';
import { circleColor, countyLayers, labelLayers, landLayers, outlineLayers, SOURCES } from '../../src/lib/map/county-layers.ts';
import { baseStyle } from '../../src/lib/map/base-style.ts';
import { THEME } from '../../src/lib/map/theme.ts';

// The real circles (colours from the built data).
const circles: Circle[] = (JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson).circles;

function allLayers(lang: 'zh' | 'en' = 'zh'): LayerSpecification[] {
  return [...baseStyle(THEME).layers, ...landLayers(THEME), ...countyLayers(circles, THEME), ...outlineLayers(circles), ...labelLayers(THEME, lang)];
}
const sourceIds = new Set<string>(Object.values(SOURCES));

describe('map style invariants', () => {
  it('layer ids are unique across every layer function', () => {
    const ids = allLayers().map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the documented layer ids all exist', () => {
    const ids = new Set(allLayers().map((l) => l.id));
    for (const id of ['land-fill', 'land-context-fill', 'province-line', 'county-fill', 'county-tint', 'county-hatch', 'county-line', 'prefecture-line', 'county-highlight', 'circle-outline', 'circle-outline-extended', 'county-label']) {
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
    const outline = JSON.stringify((byId.get('circle-outline') as { paint: unknown }).paint);
    for (const c of circles) { expect(fill, c.id).toContain(c.color); expect(outline, c.id).toContain(c.color); }
  });

  it('with a circle selected, a county that is also in another circle takes the selected circle colour', () => {
    const [a, b] = circles;
    const fill = countyLayers(circles, THEME, b.id).find((l) => l.id === 'county-tint') as { paint: Record<string, unknown> };
    // ['case', ['in', '|b|', memberOf], b.color, <match by first membership>]
    expect(fill.paint['fill-color']).toEqual(['case', ['in', `|${b.id}|`, ['get', 'memberOf']], b.color, circleColor(circles, 'circle', THEME.land)]);
    expect(JSON.stringify(fill.paint['fill-color'])).toContain(a.color); // others keep their own colour
  });

  it('the overlap stripes draw counties in two or more circles in the overview only', () => {
    const overlap = (sel: string | null) => (countyLayers(circles, THEME, sel).find((l) => l.id === 'county-overlap') as { filter: unknown }).filter;
    expect(overlap(null)).toEqual(['>', ['get', 'circleCount'], 1]);
    expect(overlap(circles[0].id)).toEqual(['>', ['get', 'circleCount'], 1e9]);
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
    const hatch = (sel: string | null) => (countyLayers(circles, THEME, sel).find((l) => l.id === 'county-hatch') as { filter: unknown }).filter;
    expect(hatch(null)).toEqual(['==', ['get', 'coverage'], 'partial']);
    expect(JSON.stringify(hatch('x'))).toContain('"|x:partial|"');
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
