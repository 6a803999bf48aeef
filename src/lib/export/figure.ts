/**
 * The exported figure (issue 11): title, the legend of the active layers (the same legend model as
 * the map's, overlays/legend-model.ts), a scale bar, a north arrow when the map is rotated, and a
 * footer with the sources and the link — drawn onto the map snapshot, after Datawrapper's rule that
 * a shared map carries its own title, key and source line. Sizes are CSS pixels × `scale`.
 */
import type { LegendSection, Swatch } from '../overlays/legend-model.ts';
import { shapeOutline } from '../map/marker-shapes.ts';

export interface FigureText { title: string; subtitle: string; footer: readonly string[] }
export interface FigureMap { bearing: number; metresPerPixel: number; scaleLabel: (metres: number) => string }

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** The longest 1-2-5 × 10ⁿ metres that fits in `maxPx` CSS pixels. */
export function niceScale(metresPerPixel: number, maxPx: number): { metres: number; px: number } {
  const max = metresPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / metresPerPixel };
}

export function drawFigure(canvas: HTMLCanvasElement, sections: readonly LegendSection[], text: FigureText, map: FigureMap, scale: number): void {
  const ctx = canvas.getContext('2d')!;
  const s = (n: number) => n * scale;
  const font = (px: number, weight = 400) => { ctx.font = `${weight} ${s(px)}px ${FONT}`; };
  const W = canvas.width, H = canvas.height;

  // footer: sources and link, on white, readable (12 px)
  const lineH = s(16), footerH = s(10) + lineH * text.footer.length;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(0, H - footerH, W, footerH);
  ctx.fillStyle = '#222';
  font(12);
  text.footer.forEach((l, i) => ctx.fillText(l, s(10), H - footerH + s(5) + lineH * (i + 0.78), W - s(20)));

  // title block, top left
  font(18, 700);
  const titleW = ctx.measureText(text.title).width;
  font(12);
  const subW = ctx.measureText(text.subtitle).width;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(s(10), s(10), Math.min(W - s(80), Math.max(titleW, subW) + s(20)), s(50));
  ctx.fillStyle = '#111';
  font(18, 700);
  ctx.fillText(text.title, s(20), s(33), W - s(100));
  font(12);
  ctx.fillStyle = '#333';
  ctx.fillText(text.subtitle, s(20), s(51), W - s(100));

  drawLegend(ctx, sections, s, font, { x: s(10), bottom: H - footerH - s(10), top: s(70) });

  // scale bar, bottom right above the footer
  const bar = niceScale(map.metresPerPixel, 110);
  const bx = W - s(20) - s(bar.px), by = H - footerH - s(16);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(bx - s(6), by - s(18), s(bar.px) + s(12), s(26));
  ctx.strokeStyle = '#222';
  ctx.lineWidth = s(1.5);
  ctx.beginPath();
  ctx.moveTo(bx, by - s(5)); ctx.lineTo(bx, by); ctx.lineTo(bx + s(bar.px), by); ctx.lineTo(bx + s(bar.px), by - s(5));
  ctx.stroke();
  ctx.fillStyle = '#222';
  font(11);
  ctx.fillText(map.scaleLabel(bar.metres), bx + s(2), by - s(6));

  if (Math.abs(map.bearing) > 0.5) drawNorth(ctx, W - s(34), s(40), s(14), map.bearing, font);
}

type Font = (px: number, weight?: number) => void;

function drawLegend(ctx: CanvasRenderingContext2D, sections: readonly LegendSection[], s: (n: number) => number, font: Font, box: { x: number; bottom: number; top: number }): void {
  const row = s(17), head = s(19), pad = s(8), sw = s(18);
  const rows = sections.flatMap((sec) => [{ head: sec.title }, ...sec.items.map((i) => ({ item: i }))]);
  // columns: as many as the height needs
  const perCol = Math.max(1, Math.floor((box.bottom - box.top - 2 * pad) / row));
  const cols = Math.ceil(rows.length / perCol);
  font(12);
  const colW = Math.max(...rows.map((r) => ('head' in r ? ctx.measureText(r.head!).width : ctx.measureText(r.item.label).width + sw + s(8)))) + s(12);
  const h = Math.min(rows.length, perCol) * row + 2 * pad;
  const y0 = box.bottom - h;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(box.x, y0, cols * colW + pad, h);
  rows.forEach((r, i) => {
    const x = box.x + pad + Math.floor(i / perCol) * colW, y = y0 + pad + (i % perCol) * row + row * 0.72;
    if ('head' in r) { font(12, 700); ctx.fillStyle = '#222'; ctx.fillText(r.head!, x, y); return; }
    drawSwatch(ctx, r.item.swatch, x, y - s(10), sw, s(11), s);
    font(12); ctx.fillStyle = '#222';
    ctx.fillText(r.item.label, x + sw + s(6), y);
  });
  void head;
}

function drawSwatch(ctx: CanvasRenderingContext2D, w: Swatch, x: number, y: number, width: number, height: number, s: (n: number) => number): void {
  ctx.save();
  if (w.kind === 'fill') {
    ctx.globalAlpha = w.opacity; ctx.fillStyle = w.color; ctx.fillRect(x, y, width, height); ctx.globalAlpha = 1;
    if (w.pattern) {
      ctx.beginPath(); ctx.rect(x, y, width, height); ctx.clip();
      ctx.strokeStyle = '#3c3c3c'; ctx.lineWidth = s(1.2);
      for (let k = -height; k < width + height; k += s(4)) {
        ctx.beginPath();
        if (w.pattern === 'hatch') { ctx.moveTo(x + k, y + height); ctx.lineTo(x + k + height, y); } else { ctx.moveTo(x + k, y); ctx.lineTo(x + k + height, y + height); }
        ctx.stroke();
      }
    }
    ctx.strokeStyle = '#8888'; ctx.lineWidth = s(1); ctx.strokeRect(x, y, width, height);
  } else if (w.kind === 'line') {
    ctx.strokeStyle = w.color; ctx.lineWidth = s(w.width);
    if (w.dashed) ctx.setLineDash([s(4), s(3)]);
    ctx.beginPath(); ctx.moveTo(x, y + height / 2); ctx.lineTo(x + width, y + height / 2); ctx.stroke();
    if (w.core) { ctx.strokeStyle = '#ffffff'; ctx.lineWidth = s(w.core); ctx.stroke(); }
  } else if (w.kind === 'marker') {
    // the map's own shape (map/marker-shapes.ts), as in the legend on the page
    const r = s(w.size / 2 - 1.5), cx = x + width / 2, cy = y + height / 2;
    const outline = shapeOutline(w.shape);
    ctx.beginPath();
    if (outline) outline.forEach(([px, py], i) => (i ? ctx.lineTo(cx + px * r, cy + py * r) : ctx.moveTo(cx + px * r, cy + py * r)));
    else ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.closePath();
    ctx.fillStyle = w.color; ctx.fill();
    ctx.strokeStyle = w.stroke; ctx.lineWidth = s(1.5); ctx.lineJoin = 'round'; ctx.stroke();
  } else if (w.kind === 'dot' || w.kind === 'ring') {
    const r = w.kind === 'dot' ? s(w.size / 2) : s(7);
    ctx.beginPath(); ctx.arc(x + width / 2, y + height / 2, r, 0, 2 * Math.PI);
    ctx.fillStyle = w.kind === 'dot' ? w.color : 'rgba(255,159,28,.15)'; ctx.fill();
    ctx.strokeStyle = w.kind === 'dot' ? w.stroke : '#555'; ctx.lineWidth = s(1.5);
    if (w.kind === 'ring') ctx.setLineDash([s(2), s(2)]);
    ctx.stroke();
  } else {
    ctx.fillStyle = w.color; ctx.fillText('Aa', x, y + height);
  }
  ctx.restore();
}

/** An arrow pointing to north on the rotated map (bearing in degrees, clockwise). */
function drawNorth(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, bearing: number, font: Font): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.beginPath(); ctx.arc(cx, cy, r * 1.6, 0, 2 * Math.PI); ctx.fill();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#c0392b';
  ctx.beginPath(); ctx.moveTo(0, -r); ctx.lineTo(r * 0.45, r * 0.5); ctx.lineTo(0, r * 0.2); ctx.lineTo(-r * 0.45, r * 0.5); ctx.closePath(); ctx.fill();
  font(10, 700);
  ctx.fillStyle = '#111';
  ctx.textAlign = 'center';
  ctx.fillText('N', 0, -r * 1.05);
  ctx.restore();
}
