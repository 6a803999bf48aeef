/**
 * Unit tier: the two string tables are complete and consistent — every key in both languages,
 * no empty value, and the same {placeholders} on both sides, so t() never leaves a "{n}" on screen.
 */
import { describe, expect, it } from 'vitest';
import { en, STRINGS, zh } from '../../src/lib/i18n/strings.ts';
import { t } from '../../src/lib/i18n/t.ts';
import * as views from '../../src/lib/i18n/view-strings.ts';
import { chineseSentences, latinRuns } from '../e2e/language-rule.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const zhKeys = Object.keys(zh).sort();
const enKeys = Object.keys(en).sort();

describe('i18n string tables', () => {
  it('every zh key exists in en', () => {
    expect(zhKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('every en key exists in zh', () => {
    expect(enKeys.filter((k) => !(k in zh))).toEqual([]);
  });

  it('no value is empty or only whitespace in either language', () => {
    for (const [lang, table] of Object.entries(STRINGS)) {
      const empty = Object.entries(table).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `${lang}.${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('placeholders match between the languages for every key', () => {
    const mismatched = zhKeys
      .filter((k) => JSON.stringify(placeholders(zh[k as keyof typeof zh])) !== JSON.stringify(placeholders(en[k as keyof typeof en])))
      .map((k) => `${k}: zh ${placeholders(zh[k as keyof typeof zh])} / en ${placeholders(en[k as keyof typeof en])}`);
    expect(mismatched).toEqual([]);
  });

  it('braces are balanced, so no placeholder is mistyped as "{n" or "n}"', () => {
    for (const [lang, table] of Object.entries(STRINGS)) {
      for (const [k, v] of Object.entries(table)) {
        const stripped = v.replace(/\{\w+\}/g, '');
        expect(/[{}]/.test(stripped), `${lang}.${k} = ${JSON.stringify(v)}`).toBe(false);
      }
    }
  });

  it('t() fills every placeholder when given all of them, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const k of zhKeys as (keyof typeof zh)[]) {
        const vars = Object.fromEntries(placeholders(STRINGS[lang][k]).map((p) => [p, 7]));
        const out = t(lang, k, vars);
        expect(out, `${lang}.${k}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('t() leaves a missing placeholder visible rather than printing "undefined"', () => {
    expect(t('en', 'units')).toBe('{n} county units');
    expect(t('zh', 'units', { n: 25 })).toBe('25 个县级单元');
  });

  // Issue 12 item 8: the tooltips, errors, legends and views are these templates; the rule of the
  // e2e language walk (language-rule.ts) applied to every value, including those no walk reaches.
  it('no Chinese string of either table has a run of three English words, and no English one a Chinese sentence', () => {
    const tables = [['strings', STRINGS.zh, STRINGS.en], ['view-strings', views.zh, views.en]] as const;
    const bad = tables.flatMap(([file, z, e]) => [
      ...Object.entries(z).flatMap(([k, v]) => latinRuns(v).map((r) => `${file} zh.${k}: "${r}"`)),
      ...Object.entries(e).flatMap(([k, v]) => chineseSentences(v).map((r) => `${file} en.${k}: "${r}"`)),
    ]);
    expect(bad).toEqual([]);
  });
});
