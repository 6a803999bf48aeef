/**
 * How many GPU programs a set of layers makes MapLibre compile (issue 11, "Performance that must
 * hold"; docs/BENCH.md, "Shader programs"). MapLibre compiles one program per drawing method (fill,
 * its antialiasing outline, pattern fill, solid or dashed line, circle, text) and per mix of paint
 * properties that vary by feature — a property whose value is a constant or a zoom-only expression
 * is a uniform, one that reads feature data is a vertex attribute, and each mix is another program
 * (ProgramConfiguration's cache key in maplibre-gl). Under software GL every program costs about a
 * tenth of a second on the first paint, so the style keeps the mixes few; this mirrors that key
 * closely enough for a test to hold the count.
 */
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

type Paint = Record<string, unknown>;

/** The paint properties MapLibre can bind per feature, by layer type (its *_attributes). */
const BINDABLE: Record<string, readonly string[]> = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color', 'fill-pattern'],
  line: ['line-color', 'line-width', 'line-opacity', 'line-blur', 'line-gap-width', 'line-offset', 'line-pattern', 'line-dasharray'],
  circle: ['circle-color', 'circle-radius', 'circle-blur', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width', 'circle-stroke-opacity'],
  symbol: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity', 'icon-color', 'icon-halo-color', 'icon-halo-width', 'icon-halo-blur', 'icon-opacity'],
};

/** 'a' for a value read per feature, 'z' for one read per feature and zoom, '' for a uniform. */
function binding(type: string, name: string, value: unknown): string {
  if (value === undefined) return '';
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${type}`]?.[name];
  const parsed = createPropertyExpression(value, `paint.${name}`, spec as never);
  if (parsed.result !== 'success') return '';
  const kind = (parsed.value as { kind: string }).kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : '';
}

/** The drawing methods (program names) a layer uses. */
function methods(layer: LayerSpecification): string[] {
  const paint = ((layer as { paint?: Paint }).paint ?? {}) as Paint;
  const layout = ((layer as { layout?: Paint }).layout ?? {}) as Paint;
  switch (layer.type) {
    case 'fill': {
      const base = paint['fill-pattern'] ? 'fillPattern' : 'fill';
      return paint['fill-antialias'] === false ? [base] : [base, base.replace('fill', 'fillOutline')];
    }
    case 'line': return [paint['line-pattern'] ? 'linePattern' : paint['line-dasharray'] ? 'lineSDF' : 'line'];
    case 'circle': return ['circle'];
    case 'symbol': return [...(layout['text-field'] ? ['text'] : []), ...(layout['icon-image'] ? ['icon'] : [])];
    default: return [layer.type];
  }
}

/** The distinct programs the layers need: method plus the per-feature paint properties. */
export function programVariants(layers: readonly LayerSpecification[]): string[] {
  const keys = new Set<string>();
  for (const layer of layers) {
    if ((layer as { layout?: Paint }).layout?.visibility === 'none') continue;
    const paint = ((layer as { paint?: Paint }).paint ?? {}) as Paint;
    const bound = (BINDABLE[layer.type] ?? [])
      .map((p) => [p, binding(layer.type, p, paint[p])])
      .filter(([, b]) => b)
      .map(([p, b]) => `${b}_${p}`);
    for (const m of methods(layer)) keys.add([m, ...bound.filter((b) => m !== 'text' || b.includes('text-')).filter((b) => m !== 'icon' || b.includes('icon-'))].join('/'));
  }
  return [...keys].sort();
}
