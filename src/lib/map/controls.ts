/**
 * Map furniture (issue 11): zoom + compass (the compass resets the bearing), a metric scale, a
 * "whole view" button, compact attribution; and MapLibre's UI strings in the reader's language
 * (`locale`, including the embed's cooperative-gestures hint), taken from i18n/strings.ts.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale
 */
import { AttributionControl, NavigationControl, ScaleControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n/t.ts';
import type { Lang } from '../state/permalink.ts';
import { COVER_ATTRIBUTE } from './map-cover.ts';

export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t(lang, 'mapZoomIn'),
    'NavigationControl.ZoomOut': t(lang, 'mapZoomOut'),
    'NavigationControl.ResetBearing': t(lang, 'mapResetBearing'),
    'AttributionControl.ToggleAttribution': t(lang, 'mapAttributionToggle'),
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'mapCtrlHelp'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'mapCmdHelp'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'mapTouchHelp'),
    'Map.Title': t(lang, 'mapLabel'), // the canvas's aria-label
  };
}

/** One button in MapLibre's control group look: frames every circle. */
class WholeViewControl implements IControl {
  #el: HTMLDivElement | null = null;
  constructor(private readonly title: string, private readonly onClick: () => void) {}
  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'atlas-whole-view';
    b.title = this.title;
    b.setAttribute('aria-label', this.title);
    b.dataset.testid = 'whole-view';
    // A house: the usual "home extent" sign.
    b.innerHTML = '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M3 10 10 3.5 17 10M5.5 8v8.5h3.5v-5h2v5h3.5V8" fill="none" stroke="#333" stroke-width="1.8" stroke-linejoin="round"/></svg>';
    b.addEventListener('click', this.onClick);
    el.append(b);
    this.#el = el;
    return el;
  }
  onRemove(): void { this.#el?.remove(); }
}

/** Adds the furniture; returns a remover so a language switch can rebuild it with new titles. */
export function addControls(map: MapLibreMap, lang: Lang, attribution: string, onWholeView: () => void): () => void {
  const controls: IControl[] = [
    new NavigationControl({ showCompass: true, visualizePitch: false }),
    new WholeViewControl(t(lang, 'wholeView'), onWholeView),
  ];
  for (const c of controls) map.addControl(c, 'top-right');
  // The buttons float over the map like a panel: a fitted view keeps the circles out from under them
  // (map-cover.ts; on a phone the whole view once put a circle beside the zoom buttons, issue 11).
  map.getContainer().querySelector('.maplibregl-ctrl-top-right')?.setAttribute(COVER_ATTRIBUTE, '');
  // MapLibre labels the canvas once, at construction; a language switch relabels it here.
  map.getCanvas().setAttribute('aria-label', t(lang, 'mapLabel'));
  const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
  map.addControl(scale, 'bottom-right');
  const credit = new AttributionControl({ compact: true, customAttribution: attribution });
  map.addControl(credit, 'bottom-right');
  // Compact means folded: MapLibre shows the text once at start; the (i) button opens it.
  const attrib = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
  attrib?.classList.remove('maplibregl-compact-show');
  attrib?.removeAttribute('open');
  // The map may be gone already (a crash tears the app down: MapView removes the map before this
  // effect's cleanup runs, and map.remove() has removed every control); removing one twice throws.
  return () => { for (const c of [...controls, scale, credit]) if (map.hasControl(c)) map.removeControl(c); };
}
