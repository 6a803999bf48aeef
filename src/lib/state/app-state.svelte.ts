/**
 * The one application state: exactly what a permalink carries (src/lib/state/permalink.ts), as a
 * Svelte 5 $state object. Components read and assign its fields; url-sync.ts mirrors it to the URL.
 */
import { defaultState, type LayerId, type PermalinkState } from './permalink.ts';

export const app: PermalinkState = $state(defaultState());

export function setVisible(layer: LayerId, on: boolean, order: readonly LayerId[]): void {
  const next = new Set(app.layers);
  if (on) next.add(layer); else next.delete(layer);
  app.layers = order.filter((l) => next.has(l));
}
