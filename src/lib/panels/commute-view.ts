/**
 * Reading atlas.json `commute` for the panels: the links between cores and each circle's status
 * (CONTRACT.md, atlas.json v2). A v1 file (one named link, no status) is read into the same shape
 * until the v2 build is on main; nothing here names a circle or a station.
 */
import type { CommuteResult } from '../data/commute-types.ts';
import type { Name, Source } from '../data/atlas-types.ts';

export interface CoreLink {
  from: string; to: string; fromStation: string; toStation: string;
  minutes: number; parametricMinutes: number; goalMinutes: number | null; meetsGoal: boolean | null;
  text?: Name; sources?: Source[];
}

type V1 = { jinanQingdao?: { from: string; to: string; minutes: number; meets90: boolean; parametricMinutes: number }; goal: { jinanQingdaoMinutes?: number } };

export function linksOf(c: CommuteResult): CoreLink[] {
  const v2 = (c as unknown as { links?: CoreLink[] }).links;
  if (v2) return v2;
  const old = (c as unknown as V1).jinanQingdao;
  if (!old) return [];
  return [{ from: '', to: '', fromStation: old.from, toStation: old.to, minutes: old.minutes, parametricMinutes: old.parametricMinutes,
    goalMinutes: (c as unknown as V1).goal.jinanQingdaoMinutes ?? null, meetsGoal: old.meets90 }];
}

/** 'no-rail': the data has no core station for the circle, so the panel says "no data yet". */
export function statusOf(row: { coreStationId: string | null; status?: 'ok' | 'no-rail' }): 'ok' | 'no-rail' {
  return row.status ?? (row.coreStationId ? 'ok' : 'no-rail');
}
