/**
 * The peers of `npm run bench` (c), issue 11 "Performance that must hold": what a hand-written
 * MapLibre page needs to draw the same counties, against which the app is measured.
 * P1 (p1.html): the counties of the built data (dist/data/atlas.topo.json, decoded with
 * topojson-client as the app does) as ONE raw GeoJSON source, drawn with a fill and a line layer.
 * P2 (p2.html): P1 plus the app's own county label layer (labelLayers of src/lib/map/county-layers.ts)
 * on the label points and names of dist/data/atlas.json.
 * Same maplibre-gl, worker set-up, CSS, base style, fonts option and camera rule as the app: the map
 * starts at once, the data joins when both the style and the files are there, the view is fitted to
 * the bounds the bench passes in the query (atlas.json `bounds`, the app's whole view) with the
 * app's padding. Ready = the first `idle` after the data is drawn, as in the app (MapView.svelte).
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { baseStyle } from '../../../src/lib/map/base-style.ts';
import { labelLayers, SOURCES } from '../../../src/lib/map/county-layers.ts';
import { LOCAL_IDEOGRAPH_FONT, THEME } from '../../../src/lib/map/theme.ts';

type Json = Record<string, unknown>;
interface AtlasRows { circles: { id: string; members: { adcode: string }[] }[]; counties: { adcode: string; name: string; nameEn: string; label: [number, number] }[] }

setWorkerUrl(workerUrl);
const withLabels = document.body.dataset.labels === 'true';
const container = document.getElementById('map')!;
const data = new URL('../app/data/', location.href);
const bounds = (new URLSearchParams(location.search).get('bounds') ?? '').split(',').map(Number);
if (bounds.length !== 4 || bounds.some((x) => !Number.isFinite(x))) throw new Error('peer page: ?bounds=w,s,e,n missing');

const map = new MapLibreMap({ container, style: baseStyle(THEME), attributionControl: false, localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT });
const getJson = async (name: string): Promise<Json> => (await fetch(new URL(name, data))).json() as Promise<Json>;
const files = Promise.all([getJson('atlas.topo.json'), withLabels ? getJson('atlas.json') : Promise.resolve(null)]);
const styled = new Promise<void>((ok) => map.once('load', () => ok()));

function labelSource(atlas: AtlasRows): GeoJSONSourceSpecification {
  const first = new Map<string, string>();
  for (const c of atlas.circles) for (const m of c.members) if (!first.has(m.adcode)) first.set(m.adcode, c.id);
  return { type: 'geojson', data: { type: 'FeatureCollection', features: atlas.counties.map((c) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: c.label },
    properties: { adcode: c.adcode, name: c.name, nameEn: c.nameEn, circle: first.get(c.adcode) ?? '' },
  })) } };
}

void Promise.all([files, styled]).then(([[topo, atlas]]) => {
  const t = topo as unknown as Topology;
  map.addSource('counties', { type: 'geojson', data: feature(t, t.objects.counties) });
  map.addLayer({ id: 'fill', type: 'fill', source: 'counties', paint: { 'fill-color': THEME.land } });
  map.addLayer({ id: 'line', type: 'line', source: 'counties', paint: { 'line-color': THEME.countyLine, 'line-width': 0.6 } });
  if (atlas) {
    map.addSource(SOURCES.labels, labelSource(atlas as unknown as AtlasRows));
    for (const layer of labelLayers(THEME, 'zh')) map.addLayer(layer);
  }
  const [w, s, e, n] = bounds;
  map.fitBounds([[w, s], [e, n]], { padding: container.clientWidth > 700 ? 40 : 24, maxZoom: 10, duration: 0 });
  map.once('idle', () => container.setAttribute('data-ready', 'true'));
});
