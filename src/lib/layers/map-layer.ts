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

export interface PointerHandlers {
  click: (e: MapLayerMouseEvent) => void;
  mousemove: (e: MapLayerMouseEvent) => void;
  mouseleave: (e: MapLayerMouseEvent) => void;
}

/** Bind click/hover handlers to some layers; returns the function that unbinds them all. */
export function bindPointer(map: MapLibreMap, layerIds: readonly string[], h: PointerHandlers): () => void {
  for (const id of layerIds) {
    map.on('click', id, h.click);
    map.on('mousemove', id, h.mousemove);
    map.on('mouseleave', id, h.mouseleave);
  }
  return () => {
    for (const id of layerIds) {
      map.off('click', id, h.click);
      map.off('mousemove', id, h.mousemove);
      map.off('mouseleave', id, h.mouseleave);
    }
  };
}
