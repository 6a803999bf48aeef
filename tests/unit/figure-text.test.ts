/**
 * Unit tier for issue 12 item 12: src/lib/panels/figure-text.ts writes a range's shared unit once
 * and ties "≈"/"约" to its number.
 */
import { describe, expect, it } from 'vitest';
import { formatPopulation } from '../../src/lib/i18n/t.ts';
import { approxText, joinRange } from '../../src/lib/panels/figure-text.ts';

describe('figure text', () => {
  it('a range of areas writes km² once, at the end', () => {
    expect(joinRange('27,794 km²', '34,667 km²')).toBe('27,794–34,667 km²');
  });

  it('a range of populations writes the unit once in both languages', () => {
    expect(joinRange(formatPopulation('zh', 11_550_000), formatPopulation('zh', 12_610_000))).toBe('1,155.0–1,261.0万');
    expect(joinRange(formatPopulation('en', 11_550_000), formatPopulation('en', 12_610_000))).toBe('11.55–12.61 M');
  });

  it('bare numbers and ends with different units are joined as they are', () => {
    expect(joinRange('364', '416')).toBe('364–416');
    expect(joinRange('950 m', '1.2 km')).toBe('950 m–1.2 km');
  });

  it('the approximate marker is joined by a no-break space', () => {
    expect(approxText('≈', '29,700 km²')).toBe('≈\u00a029,700 km²');
  });
});
