/**
 * English names of county units for the en UI and for search: Hanyu Pinyin of the name without its
 * suffix, plus the suffix in English. pinyin-pro picks the common reading; the few place names it
 * reads wrongly (polyphonic characters) are corrected in READING_FIXES.
 */
import { pinyin } from 'pinyin-pro';

const SUFFIXES: [string, string][] = [
  ['满族自治县', 'Manchu Autonomous County'],
  ['自治县', 'Autonomous County'],
  ['省', 'Province'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

/** Standard romanisations where the default reading of a character is not the place-name reading. */
const READING_FIXES: Record<string, string> = { 郫都: 'Pidu', 什邡: 'Shifang', 东阿: "Dong'e", 莘: 'Shen', 单: 'Shan' };

export function romanize(zh: string): string {
  const [suffix, en] = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length > s.length) ?? ['', ''];
  const stem = zh.slice(0, zh.length - suffix.length);
  const fixed = READING_FIXES[stem];
  const py = fixed ?? capitalize(pinyin(stem, { toneType: 'none', type: 'array' }).join(''));
  return en ? `${py} ${en}` : py;
}

/** Plain pinyin without spaces or suffix, for search ("lixia" finds 历下区). */
export function searchPinyin(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array' }).join('').toLowerCase();
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
