/**
 * PNG snapshots of the map. WebGL clears its drawing buffer after each frame unless
 * preserveDrawingBuffer is set (which costs every frame), so we wait for the map to be idle, ask for
 * one repaint and copy the canvas inside that frame's `render` event.
 * https://developer.mozilla.org/en-US/docs/Web/API/HTMLCanvasElement/getContext#preservedrawingbuffer
 * A 2× figure renders at MapLibre's `pixelRatio` 2 (map.setPixelRatio) rather than upscaling; a
 * 16:9 slide gives the map a 1280×720 box for the snapshot and fits the same view into it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type FigureSize = '1x' | '2x' | 'slide';

function idle(map: MapLibreMap): Promise<void> {
  return new Promise<void>((r) => { map.once('idle', () => r()); map.triggerRepaint(); });
}

export async function snapshotMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  if (!map.loaded() || map.isMoving()) await new Promise<void>((r) => map.once('idle', () => r()));
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = src.width;
      out.height = src.height;
      out.getContext('2d')!.drawImage(src, 0, 0);
      resolve(out);
    });
    map.triggerRepaint();
  });
}

/** A snapshot at the figure's size and pixel ratio; the map is put back as it was. Returns the CSS-pixel scale. */
export async function snapshotAt(map: MapLibreMap, size: FigureSize): Promise<{ canvas: HTMLCanvasElement; scale: number; metresPerPixel: number; bearing: number; zoom: number }> {
  const ratio = map.getPixelRatio();
  const box = map.getContainer();
  const bounds = map.getBounds();
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const scale = size === '2x' ? 2 : size === 'slide' ? 1.5 : 1;
  try {
    if (size === 'slide') {
      Object.assign(box.style, { width: '1280px', height: '720px', right: 'auto', bottom: 'auto' });
      map.resize();
      map.fitBounds(bounds, { duration: 0, bearing: camera.bearing, padding: 0 });
    }
    if (scale !== ratio) map.setPixelRatio(scale);
    await idle(map);
    const canvas = await snapshotMap(map);
    // Web Mercator, 512-px tiles: metres per CSS pixel at the centre's latitude.
    const metresPerPixel = (40075016.686 * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
    return { canvas, scale, metresPerPixel, bearing: map.getBearing(), zoom: map.getZoom() };
  } finally {
    if (size === 'slide') { Object.assign(box.style, { width: '', height: '', right: '', bottom: '' }); map.resize(); map.jumpTo(camera); }
    if (map.getPixelRatio() !== ratio) map.setPixelRatio(ratio);
  }
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
