/**
 * The speed baseline for `npm run bench`: a bare MapLibre map with only a background layer, loaded
 * the same way as the app (same maplibre-gl, same worker setup, same CSS). It marks itself ready
 * on the first `idle` after `load`, as the app does after its data is drawn.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const map = new MapLibreMap({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#cfe3ef' } }] },
  bounds: [[102.3, 29.2], [127, 45.3]],
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
});
map.on('load', () => map.once('idle', () => container.setAttribute('data-ready', 'true')));
