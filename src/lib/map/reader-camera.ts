/**
 * Whose camera is it (issue 11, default view)? The reader's once a link brought one or the map was
 * moved by hand (MapLibre gives those moves an `originalEvent`); until then the view is the app's own
 * fit, which the app may redo when something covering the map changes size (the legend arrives
 * after the first fit: Legend.svelte). Back/Forward to an entry with a camera is a link bringing one
 * (UrlSync.svelte), as it is when the same address is opened cold.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapLibreEvent/
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const readers = new WeakSet<MapLibreMap>();

export function watchReaderCamera(map: MapLibreMap, linked: boolean): void {
  if (linked) linkedCamera(map);
  map.on('movestart', (e) => { if (e.originalEvent) readers.add(map); });
}

/** The camera now shown came from a link (a history entry's address): the app must not re-fit over it. */
export function linkedCamera(map: MapLibreMap): void { readers.add(map); }

export const readerCamera = (map: MapLibreMap): boolean => readers.has(map);
