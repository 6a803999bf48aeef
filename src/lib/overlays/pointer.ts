/**
 * Click and hover routing for every overlay at once: the topmost clickable feature under the pointer
 * wins (queryRenderedFeatures lists features top first), its overlay's record says what a click
 * selects, and only that feature is hovered — so a park marker over a county neither lets the county
 * take the click nor lights the county up. A click on nothing clickable closes the panel.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { Selection } from '../state/permalink.ts';
import type { Overlay } from './overlay.ts';

export function bindPointer(map: MapLibreMap, overlays: readonly Overlay[], select: (sel: Selection | null) => void): () => void {
  const owner = new Map(overlays.flatMap((o) => (o.click?.layers ?? []).map((id) => [id, o] as const)));
  const top = (e: MapMouseEvent): MapGeoJSONFeature | undefined => {
    const layers = [...owner.keys()].filter((id) => map.getLayer(id));
    return layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;
  };
  let hovered: { source: string; id: string | number } | null = null;
  const setHover = (f: MapGeoJSONFeature | undefined) => {
    const next = f && f.id !== undefined ? { source: f.source, id: f.id } : null;
    if (next?.source === hovered?.source && next?.id === hovered?.id) return;
    if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (hovered) map.setFeatureState(hovered, { hover: true });
    map.getCanvas().style.cursor = hovered ? 'pointer' : '';
  };
  const click = (e: MapMouseEvent) => {
    const f = top(e);
    select(f ? owner.get(f.layer.id)?.click?.select(f) ?? null : null);
  };
  const move = (e: MapMouseEvent) => setHover(top(e));
  const out = () => setHover(undefined);
  map.on('click', click);
  map.on('mousemove', move);
  map.on('mouseout', out);
  return () => { map.off('click', click); map.off('mousemove', move); map.off('mouseout', out); };
}
