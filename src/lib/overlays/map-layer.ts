/**
 * Small helpers for an overlay on the live map: restyle its layers from fresh specs, remove them,
 * and keep one feature-state flag on one feature.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Brings the live layers in line with `specs` and the switch. MapLibre skips values equal to the
 * current ones (style.setPaintProperty / setFilter compare deeply), so calling this on every change
 * of the style input is cheap. A layer shows when its overlay is on and its spec does not hide it
 * (a spec hides a layer with nothing to draw in the current state, e.g. the selected park's ring).
 */
export function restyle(map: MapLibreMap, specs: readonly LayerSpecification[], on: boolean): void {
  for (const spec of specs) {
    if (!map.getLayer(spec.id)) continue;
    const hidden = (spec.layout as { visibility?: string } | undefined)?.visibility === 'none';
    map.setLayoutProperty(spec.id, 'visibility', on && !hidden ? 'visible' : 'none');
    if (spec.type === 'background') continue;
    // Object.entries loses the key types the setters want; the keys come from a valid spec.
    const paint: Record<string, unknown> = spec.paint ?? {};
    const layout: Record<string, unknown> = spec.layout ?? {};
    for (const [k, v] of Object.entries(paint)) map.setPaintProperty(spec.id, k as never, v as never);
    for (const [k, v] of Object.entries(layout)) if (k !== 'visibility') map.setLayoutProperty(spec.id, k as never, v as never);
    map.setFilter(spec.id, 'filter' in spec ? spec.filter ?? null : null);
  }
}

/** Layers first (a source in use cannot be removed). Safe after the map itself is gone. */
export function removeAll(map: MapLibreMap, sourceIds: readonly string[], layerIds: readonly string[]): void {
  try {
    for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of sourceIds) if (map.getSource(id)) map.removeSource(id);
  } catch { /* the map was removed first (page teardown): nothing left to clean */ }
}

/** Moves one boolean feature-state flag (hover, selected) from feature to feature on a source. */
export function stateFlag(map: MapLibreMap, source: string, key: string) {
  let current: string | null = null;
  return (id: string | null) => {
    if (id === current) return;
    if (current !== null && map.getSource(source)) map.setFeatureState({ source, id: current }, { [key]: false });
    current = id;
    if (id !== null && map.getSource(source)) map.setFeatureState({ source, id }, { [key]: true });
  };
}
