/**
 * The what-if edit of the selected circle (issue 14). The edit itself is app state (`app.add`,
 * `app.drop`: in the link); only the edit mode and the undo steps live here, because they are
 * about this page session, not about what a link shows.
 */
import type { Atlas } from '../data/decode-atlas.ts';
import { app } from './app-state.svelte.ts';

interface Step { add: string[]; drop: string[] }

export const editing = $state({ on: false, undo: [] as Step[] });

/** Adds a county outside the selected circle, drops a member, or takes back either. */
export function toggleMember(atlas: Atlas, adcode: string): void {
  const circle = atlas.circles.find((c) => c.id === app.circle);
  if (!circle || !atlas.byAdcode.has(adcode)) return;
  editing.undo.push({ add: [...app.add], drop: [...app.drop] });
  const isMember = circle.members.some((m) => m.adcode === adcode);
  const flip = (list: string[]) => (list.includes(adcode) ? list.filter((a) => a !== adcode) : [...list, adcode].sort());
  if (isMember) app.drop = flip(app.drop); else app.add = flip(app.add);
}

export function undoEdit(): void {
  const step = editing.undo.pop();
  if (step) { app.add = step.add; app.drop = step.drop; }
}

/** Back to the plan's membership (one click); the reset itself can be undone. */
export function resetEdit(): void {
  if (app.add.length || app.drop.length) editing.undo.push({ add: [...app.add], drop: [...app.drop] });
  app.add = []; app.drop = [];
}
