/** English names made by the build: pinyin with the apostrophe rule, hand readings from geodata. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { romanize, searchPinyin } from '../../scripts/build/romanize.ts';
import { parseReadings } from '../../scripts/build/names.ts';

const readings = parseReadings(JSON.parse(readFileSync('geodata/romanization.json', 'utf8')), 'geodata/romanization.json');

describe('romanize', () => {
  it('puts an apostrophe before a syllable starting with a, o or e, never at the start', () => {
    expect(romanize('西安区', new Map())).toBe("Xi'an District");
    expect(romanize('泰安市', new Map())).toBe("Tai'an City");
    expect(romanize('安丘市', new Map())).toBe('Anqiu City');
  });
  it('uses the hand reading of a stem from geodata/romanization.json instead of the default reading', () => {
    for (const [zh, en] of readings) expect(romanize(`${zh}县`, readings)).toBe(`${en} County`);
    expect(romanize('郫都区', new Map())).not.toBe(romanize('郫都区', readings));
  });
  it('keeps search pinyin plain: lower case, one word per syllable (for syllable and initials search), no apostrophe, no suffix translation', () => {
    expect(searchPinyin('泰安市')).toBe('tai an shi');
  });
});
