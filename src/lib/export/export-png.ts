/**
 * PNG of the current view with a legend and a source line drawn in. WebGL clears its drawing buffer
 * after each frame unless preserveDrawingBuffer is set (which costs every frame), so we wait for the
 * map to be idle, ask for one repaint and copy the canvas inside that frame's `render` event.
 * https://developer.mozilla.org/en-US/docs/Web/API/HTMLCanvasElement/getContext#preservedrawingbuffer
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LegendItem { color: string; label: string }

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

/** Draw the legend box (top left) and the source line (bottom) onto the snapshot. */
export function composeExport(canvas: HTMLCanvasElement, title: string, legend: readonly LegendItem[], sourceLine: string, scale = 1): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px system-ui, 'Noto Sans CJK SC', sans-serif`;
  const pad = 8 * scale, row = 18 * scale;
  ctx.font = font(13);
  const width = Math.max(ctx.measureText(title).width, ...legend.map((l) => ctx.measureText(l.label).width + 22 * scale)) + 2 * pad;
  const height = pad * 2 + row * (legend.length + 1);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(pad, pad, width, height);
  ctx.fillStyle = '#111';
  ctx.font = font(13, 700);
  ctx.fillText(title, 2 * pad, pad + row);
  ctx.font = font(12);
  legend.forEach((l, i) => {
    const y = pad + row * (i + 2);
    ctx.fillStyle = l.color;
    ctx.fillRect(2 * pad, y - 11 * scale, 14 * scale, 11 * scale);
    ctx.fillStyle = '#111';
    ctx.fillText(l.label, 2 * pad + 20 * scale, y);
  });
  ctx.font = font(11);
  const h = 18 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(0, canvas.height - h, canvas.width, h);
  ctx.fillStyle = '#222';
  ctx.fillText(sourceLine, pad, canvas.height - 5 * scale, canvas.width - 2 * pad);
  return canvas;
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
