/**
 * The phone bottom sheet's three heights (issue 11, "Phone"): peek (the title bar and the start of the
 * list, the map above it uncovered), half, full. Pure, so the cycle, the lowering and the snapping of a
 * drag are unit-tested without a browser; PhoneSheet.svelte only measures and renders.
 */
export type SheetState = 'peek' | 'half' | 'full';
export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** The handle as a button (click, Enter, Space): peek → half → full → peek. */
export function nextState(s: SheetState): SheetState {
  return SHEET_STATES[(SHEET_STATES.indexOf(s) + 1) % SHEET_STATES.length];
}

/** Escape: one step down; peek stays peek. */
export function lowerState(s: SheetState): SheetState {
  return SHEET_STATES[Math.max(0, SHEET_STATES.indexOf(s) - 1)];
}

/** A detail panel opens at least at half height, so it is readable without a drag. */
export function raiseForPanel(s: SheetState): SheetState {
  return s === 'peek' ? 'half' : s;
}

/** Sheet heights in px for a viewport height (peek is fixed); full leaves the map's top control (10 + 44 px) uncovered. */
export function sheetHeights(viewport: number, peek: number): Record<SheetState, number> {
  return { peek, half: Math.max(peek, Math.round(viewport * 0.5)), full: Math.max(peek, viewport - 64) };
}

/**
 * Where a drag ends: the state whose height is nearest, unless the finger flicked (|velocity| over
 * 0.5 px/ms), which moves one step in the flick's direction. `dy` < 0 is upwards.
 */
export function snapState(height: number, heights: Record<SheetState, number>, from: SheetState, velocity = 0): SheetState {
  if (velocity < -0.5) return from === 'full' ? 'full' : nextState(from);
  if (velocity > 0.5) return lowerState(from);
  let best: SheetState = 'peek';
  for (const s of SHEET_STATES) if (Math.abs(heights[s] - height) < Math.abs(heights[best] - height)) best = s;
  return best;
}

/** The peek height in px: the handle (44 px target) and the title bar with the language button. */
export const PEEK_PX = 124;
