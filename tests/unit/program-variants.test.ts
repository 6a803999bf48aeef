/**
 * Unit tier: the map style keeps the number of GPU programs MapLibre compiles small (issue 11,
 * "Performance that must hold"; docs/BENCH.md, "Shader programs"): under software GL each program
 * costs about 0.1 s on the first paint. src/lib/map/program-variants.ts mirrors MapLibre's program key.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { landLayers } from '../../src/lib/map/county-layers.ts';
import { programVariants } from '../../src/lib/map/program-variants.ts';
import { railLayers, railLineLayers } from '../../src/lib/map/rail-layers.ts';
import { sharedMarkerPaint } from '../../src/lib/map/marker-images.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { OVERLAYS, styleOf } from '../../src/lib/overlays/registry.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();
/** Every layer of the map with its default overlays, in both languages, overview and each circle. */
function defaultStyle(): LayerSpecification[] {
  const states = (['zh', 'en'] as const).flatMap((lang) => [null, ...atlas.circles.map((c) => c.id)].map((circle) =>
    ({ theme: THEME, lang, circle, construction: false, selection: null })));
  return [...landLayers(THEME), ...states.flatMap((s) => OVERLAYS.filter((o) => o.defaultOn).flatMap((o) => styleOf(o, atlas, s)))];
}

describe('GPU programs of the map style', () => {
  it('the default map needs at most 17 program variants (22 before fills dropped their outline pass and rail lines and circle outlines their per-feature paint)', () => {
    const variants = programVariants(defaultStyle());
    expect(variants.length, variants.join('\n')).toBeLessThanOrEqual(17);
  });

  it('rail lines share the boundary lines\' programs: no per-feature paint, solid or dashed', () => {
    expect(programVariants(railLineLayers(THEME))).toEqual(['line', 'lineSDF']);
  });

  it('a layer whose colour reads feature data needs a program of its own, and an antialiased fill needs two', () => {
    const line = (id: string, color: unknown): LayerSpecification => ({ id, type: 'line', source: 's', paint: { 'line-color': color } } as LayerSpecification);
    expect(programVariants([line('a', '#000'), line('b', '#fff')])).toEqual(['line']);
    expect(programVariants([line('a', '#000'), line('b', ['match', ['get', 'kind'], 'x', '#fff', '#000'])])).toEqual(['line', 'line/a_line-color']);
    expect(programVariants([line('a', ['interpolate', ['linear'], ['zoom'], 5, '#000', 9, '#fff'])])).toEqual(['line']);
    expect(programVariants([{ id: 'f', type: 'fill', source: 's', paint: { 'fill-color': '#000' } }])).toEqual(['fill', 'fillOutline']);
    expect(programVariants([{ id: 'f', type: 'fill', source: 's', paint: { 'fill-antialias': false, 'fill-color': '#000' } }])).toEqual(['fill']);
  });
});

describe('GPU programs of the national view', () => {
  /** The layers drawn at `zoom` with the default overlays and no circle (the cold open): in their zoom range and not hidden. */
  function drawnAt(zoom: number, lang: 'zh' | 'en'): LayerSpecification[] {
    const s = { theme: THEME, lang, circle: null, construction: false, selection: null };
    const layers = [...landLayers(THEME), ...OVERLAYS.filter((o) => o.defaultOn).flatMap((o) => styleOf(o, atlas, s))];
    return layers.filter((l) => (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24) && (l as { layout?: { visibility?: string } }).layout?.visibility !== 'none');
  }

  // 8 today: land and county fills, the hatch, the markers, solid and dashed lines, text, and the hover
  // outline's line (compiled at the first hover: its source is empty at the cold open); 10 before
  it('the cold open at zoom 3-5 needs at most 8 programs beside the background: the core-city dot shares the markers\' program and the circle names take no per-feature colour', () => {
    for (const lang of ['zh', 'en'] as const) for (const zoom of [3, 4, 5]) {
      const variants = programVariants(drawnAt(zoom, lang));
      expect(variants.length, `${lang} z${zoom}\n${variants.join('\n')}`).toBeLessThanOrEqual(8);
      expect(variants.some((v) => v.startsWith('circle')), 'a circle layer at the national view').toBe(false);
      expect(variants.filter((v) => v.startsWith('text')), 'text programs').toHaveLength(1);
    }
  });

  it('zooming into a circle compiles no circle-layer program either: the prefecture seats are markers too', () => {
    for (const zoom of [6, 7, 9, 11]) expect(programVariants(drawnAt(zoom, 'zh')).filter((v) => v.startsWith('circle')), `z${zoom}`).toEqual([]);
  });
});

describe('a marker of one constant look', () => {
  it('shares the station markers\' program (sharedMarkerPaint), where plain constants would compile another', () => {
    const station = railLayers(THEME, 'zh').find((l) => l.id === 'station-point')!;
    const dot = (paint: Record<string, unknown>) => ({ id: 'dot', type: 'symbol', source: 's', layout: { 'icon-image': 'marker-circle' }, paint }) as LayerSpecification;
    expect(programVariants([station, dot(sharedMarkerPaint('#222222', '#ffffff', 1.5))])).toHaveLength(1);
    expect(programVariants([station, dot({ 'icon-color': '#222222', 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 })])).toHaveLength(2);
  });
});
