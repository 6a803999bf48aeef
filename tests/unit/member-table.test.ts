import { describe, expect, it } from 'vitest';
import type { Circle, CountyProps } from '../../src/lib/data/atlas-types.ts';
import { EDITED_NOTE, memberRows, rowsCsv } from '../../src/lib/export/member-table.ts';
import { foreignRuns } from '../e2e/language-rule.ts';

// Two plan members and one county outside the plan, the smallest circle the export can describe.
const circle = { id: 'c', members: [
  { adcode: '000001', name: '甲区', coverage: 'whole', sources: [{ url: 'https://example.org/plan' }] },
  { adcode: '000002', name: '乙县', coverage: 'partial', sources: [] },
] } as unknown as Circle;
const county = (adcode: string, name: string, areaKm2: number, population: number) =>
  [adcode, { adcode, name, nameEn: `${name} en`, areaKm2, population, prefectureName: '丙市', prefectureNameEn: 'Bing' }] as const;
const table = new Map([county('000001', '甲区', 100, 50_000), county('000002', '乙县', 200, 40_000), county('000003', '丁县', 50, 10_000)]) as unknown as ReadonlyMap<string, CountyProps>;

describe('member table export', () => {
  it('an unedited circle has one row per plan member and an empty what_if cell', () => {
    const rows = memberRows(circle, table, []);
    expect(rows.map((r) => [r.adcode, r.coverage, r.density_per_km2, r.what_if])).toEqual([['000001', 'whole', 500, ''], ['000002', 'partial', 200, '']]);
  });

  it('an edited circle drops and adds rows, and every row says so in Chinese and in English', () => {
    const rows = memberRows(circle, table, [], { add: ['000003'], drop: ['000002'] });
    expect(rows.map((r) => [r.adcode, r.coverage])).toEqual([['000001', 'whole'], ['000003', 'added']]);
    for (const r of rows) expect(r.what_if).toBe(EDITED_NOTE);
    const [zh, en] = EDITED_NOTE.split(' / ');
    expect(foreignRuns('zh', zh)).toEqual([]);
    expect(foreignRuns('en', en)).toEqual([]);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[A-Za-z]/);
    const csv = rowsCsv(rows).split('\r\n');
    expect(csv[1].endsWith(`,${EDITED_NOTE},https://example.org/plan`)).toBe(true);
  });
});
