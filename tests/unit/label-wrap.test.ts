/** Unit tier: English labels are wrapped to two lines at most (src/lib/map/label-wrap.ts, issue 11). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { labelMaxWidth } from '../../src/lib/map/label-wrap.ts';
import { parkPoints } from '../../src/lib/map/park-features.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
/** A generous average advance of a Latin letter in the UI fonts, in ems. */
const LATIN_EM = 0.6;

function widthFor(name: string, base: number): number {
  const spec = labelMaxWidth('en', ['get', 'n'], base);
  if (typeof spec === 'number') return spec;
  const e = expression.createExpression(spec as ExpressionSpecification, 'layers[0].layout.text-max-width', (latest as never as { layout_symbol: Record<string, never> }).layout_symbol['text-max-width']);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom: 8 }, { type: 'Point', properties: { n: name } } as never) as number;
}

describe('English label width', () => {
  const names = [
    ...parkPoints(atlas.parks).features.map((f) => String(f.properties.labelEn)),
    ...atlas.places.map((p) => p.name.en),
    ...atlas.rail.stations.map((s) => s.name.en),
  ];

  it('every English park, place and station name fits on two lines of the width it gets', () => {
    expect(names.length).toBeGreaterThan(50);
    for (const n of names) expect(2 * widthFor(n, 8), n).toBeGreaterThanOrEqual(LATIN_EM * n.length);
  });

  it('a short name keeps the layer\'s usual width, a long one gets a wider one', () => {
    expect(widthFor('Jinan', 9)).toBe(9);
    expect(widthFor('A'.repeat(60), 9)).toBeGreaterThan(9);
  });

  it('Chinese labels keep the fixed width', () => {
    expect(labelMaxWidth('zh', ['get', 'n'], 10)).toBe(10);
  });
});
