/**
 * Small helpers shared by the thematic layer components: add and remove a set of sources and
 * layers, follow a visibility switch, and keep one feature-state flag on one feature.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';

export function addAll(map: MapLibreMap, sources: Record<string, GeoJSONSourceSpecification>, layers: readonly LayerSpecification[], beforeId?: string): void {
  for (const [id, spec] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, spec);
  const before = beforeId && map.getLayer(beforeId) ? beforeId : undefined;
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, before);
}

/** Layers first (a source in use cannot be removed). Safe after the map itself is gone. */
export function removeAll(map: MapLibreMap, sourceIds: readonly string[], layerIds: readonly string[]): void {
  try {
    for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of sourceIds) if (map.getSource(id)) map.removeSource(id);
  } catch { /* the map was removed first (page teardown): nothing left to clean */ }
}

export function setVisibility(map: MapLibreMap, layerIds: readonly string[], on: boolean): void {
  for (const id of layerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
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

/** The string `id` property of the feature under the pointer, if any. */
export function featureId(e: MapLayerMouseEvent): string | null {
  const id = e.features?.[0]?.properties?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Bind click and hover to some layers: `hover` gets the id under the pointer (null on leave) and the
 * cursor becomes a pointer over them. Returns the function that unbinds everything.
 */
export function bindPointer(map: MapLibreMap, layerIds: readonly string[], click: (e: MapLayerMouseEvent) => void, hover: (id: string | null) => void): () => void {
  const move = (e: MapLayerMouseEvent) => { hover(featureId(e)); map.getCanvas().style.cursor = 'pointer'; };
  const leave = () => { hover(null); map.getCanvas().style.cursor = ''; };
  for (const id of layerIds) {
    map.on('click', id, click);
    map.on('mousemove', id, move);
    map.on('mouseleave', id, leave);
  }
  return () => {
    for (const id of layerIds) {
      map.off('click', id, click);
      map.off('mousemove', id, move);
      map.off('mouseleave', id, leave);
    }
  };
}
