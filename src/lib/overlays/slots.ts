/**
 * Stacking, declared once: every style layer names a slot, and a layer is inserted below the first
 * layer of a higher slot already on the map. So the order on screen never depends on which overlay
 * mounted first, and no code names another overlay's layer as a `beforeId`.
 * The slot travels in the layer's `metadata` (style spec: "arbitrary properties useful to track
 * with the layer"), where tests and embedding pages can read it from the live style too.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** Bottom to top. */
export const SLOTS = [
  'land', // land and province lines (base)
  'fill', // county fill by circle
  'pattern', // hatches over the fill (partial units, overlaps)
  'thematic', // choropleths that replace the fill's meaning (commute minutes)
  'boundary', // county and prefecture lines
  'highlight', // hovered and selected county outline
  'outline', // circle outlines
  'network', // rail lines and station names
  'zone', // a selected zone's counties, accuracy rings
  'minor-label', // park names: placed after the county names, so a county keeps its own name (issue 12)
  'station', // station dots (symbols): they give way to park markers, place and county names; park names give way to them (issue 11)
  'label', // county labels
  'hub', // interchange station dots (two or more lines): placed before the county names, after park markers and place names
  'marker', // park markers (symbols, always drawn: every lower name and station dot gives way, issue 11) and the commute core
  'place', // core cities, seats, circle and province names: placed before any other label
] as const;
export type Slot = (typeof SLOTS)[number];

export interface LayerMeta { slot: Slot; overlay?: string; click?: boolean }

export function inSlot(slot: Slot, layers: readonly LayerSpecification[], extra: Omit<LayerMeta, 'slot'> = {}): LayerSpecification[] {
  return layers.map((l) => ({ ...l, metadata: { ...(l.metadata as object | undefined), slot, ...extra } }) as LayerSpecification);
}

export function slotOf(layer: { metadata?: unknown } | undefined): Slot | null {
  const slot = (layer?.metadata as Partial<LayerMeta> | undefined)?.slot;
  return slot && (SLOTS as readonly string[]).includes(slot) ? slot : null;
}

/** The id to insert before: the first layer (in drawing order) whose slot is higher; none = on top. */
export function beforeIdFor(order: readonly { id: string; slot: Slot | null }[], slot: Slot): string | undefined {
  const rank = SLOTS.indexOf(slot);
  return order.find((l) => l.slot !== null && SLOTS.indexOf(l.slot) > rank)?.id;
}

type StyleInternals = {
  style?: { addLayer?: (layer: LayerSpecification, before?: string, options?: { validate?: boolean }) => void };
  _update?: (updateStyle?: boolean) => void;
};

/**
 * The production build adds layers without MapLibre's runtime validation: `map.addLayer` checks each
 * layer against the style spec and serializes the whole style to do it, ~70 ms of the first load
 * for the app's ~55 layers (CPU profile, docs/BENCH.md session 5). The layers are pure functions
 * of the data, and tests/unit/style-valid.test.ts validates every one the app can draw; the dev
 * server still validates. `style.addLayer(…, { validate: false })` and `_update` are MapLibre
 * internals (map.ts `addLayer` is exactly these two calls); without them, the public call.
 */
function addLayerTrusted(map: MapLibreMap, layer: LayerSpecification, before: string | undefined): void {
  const m = map as unknown as StyleInternals;
  if (import.meta.env.DEV || typeof m.style?.addLayer !== 'function' || typeof m._update !== 'function') {
    map.addLayer(layer, before);
    return;
  }
  m.style.addLayer(layer, before, { validate: false });
  m._update(true);
}

export function addInSlot(map: MapLibreMap, layer: LayerSpecification): void {
  if (map.getLayer(layer.id)) return;
  const slot = slotOf(layer);
  if (!slot) throw new Error(`layer ${layer.id} has no slot (src/lib/overlays/slots.ts)`);
  const order = map.getLayersOrder().map((id) => ({ id, slot: slotOf(map.getLayer(id)) }));
  addLayerTrusted(map, layer, beforeIdFor(order, slot));
}

/** Slots by layer id, for an overlay whose layers span several slots. */
export function bySlot(layers: readonly LayerSpecification[], slots: Record<string, Slot>): LayerSpecification[] {
  return layers.flatMap((l) => {
    const slot = slots[l.id];
    if (!slot) throw new Error(`layer ${l.id} has no slot`);
    return inSlot(slot, [l]);
  });
}
