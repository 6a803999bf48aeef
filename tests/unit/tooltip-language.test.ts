/**
 * Issue 12 item 8 for the hover tooltip, which the e2e language walk cannot reach without hovering
 * every county on a drawn map: its lines for every county, in each language, with the commute
 * layer off and on (under every circle and none), pass the language rule (tests/e2e/language-rule.ts).
 */
import { describe, expect, it } from 'vitest';
import { tooltipLines } from '../../src/lib/panels/tooltip-text.ts';
import { foreignRuns } from '../e2e/language-rule.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();
const counties = atlas.counties.features.map((f) => f.properties);

describe('the hover tooltip speaks the reader\'s language (issue 12 item 8)', () => {
  it('shows no run of English words on the Chinese page and no Chinese sentence on the English one, for every county and commute setting', () => {
    const bad: string[] = [];
    let lines = 0;
    for (const lang of ['zh', 'en'] as const) {
      // the other language's names are exempt (a county's English name is a name, not a sentence)
      const names = counties.flatMap((c) => (lang === 'zh' ? [c.nameEn, c.prefectureNameEn, c.provinceEn] : [c.name, c.prefectureName, c.province]));
      for (const circle of [null, ...atlas.circles.map((c) => c.id)]) {
        for (const commute of [false, true]) {
          for (const c of counties) {
            const text = tooltipLines(atlas, c.adcode, { lang, commute, construction: false, circle });
            lines += text.length;
            bad.push(...foreignRuns(lang, text.join('\n'), names).map((r) => `${lang} ${c.adcode} (circle ${circle}, commute ${commute}): "${r}"`));
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(counties.length * 2 * 2); // name and population at least, every time
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
