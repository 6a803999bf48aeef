/** The hover tooltip's lines for a county (pure): name, census population, minutes when commute is on. */
import type { Atlas } from '../data/decode-atlas.ts';
import { formatPopulation, t } from '../i18n/t.ts';
import { minutesByCounty } from '../map/commute-layers.ts';
import type { Lang } from '../state/permalink.ts';

export function tooltipLines(atlas: Atlas, adcode: string, s: { lang: Lang; commute: boolean; construction: boolean; circle: string | null }): string[] {
  const f = atlas.byAdcode.get(adcode);
  if (!f) return [];
  const p = f.properties;
  const lines = [s.lang === 'zh' ? p.name : p.nameEn,
    p.population === null ? t(s.lang, 'tooltipNoPopulation') : t(s.lang, 'tooltipPopulation', { n: formatPopulation(s.lang, p.population) })];
  const c = atlas.json.commute;
  if (s.commute && c) {
    // the same minutes the map colours by (commute-layers.ts minutesByCounty)
    const m = minutesByCounty(c.counties, s.construction, s.circle).get(adcode);
    if (m !== undefined) lines.push(t(s.lang, 'tooltipMinutes', { n: m }));
  }
  return lines;
}
