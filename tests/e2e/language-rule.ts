/**
 * The language rule of issue 12 item 8 ("every string a reader sees comes in zh and en"), as a pure
 * function: tests/data/language.test.ts applies it to every {zh, en} text of atlas.json (and a
 * browser walk of the panels can apply it to their text); tests/unit/language-rule.test.ts pins down
 * exactly what passes and what fails.
 *
 * Chinese page — fails on a run of 3 or more consecutive Latin words. Precisely:
 *  1. URLs (`http(s)://…`) and the romanised proper names the data itself holds (every `name.en` /
 *     `nameEn` of atlas.json: the English name a panel shows beside the Chinese one) are removed.
 *  2. Quoted spans — "…", “…”, 《…》, and '…' around Chinese — are removed: they quote a source verbatim (an OpenStreetMap
 *     entry "Zhangqiubei Railway Station", a journal 《International Railway Journal》).
 *  3. The rest is split at whitespace; Chinese characters and Chinese punctuation break a run.
 *     A token is a Latin word when, stripped of surrounding ASCII punctuation, it is letters only
 *     (an inner ' or - allowed: "Xi'an", "Sino-German"). Tokens with a digit, a dot, @, /, _ or =
 *     inside are codes and file names (WGS84, GCJ-02, S5, rail-corrections.md, properties.cp),
 *     not words, and they break a run too.
 *  4. Three or more Latin words in a row fail: two are allowed (an acronym with a unit, "MIT 许可",
 *     a two-word name such as "Gomi North" inside a quote's neighbourhood), three make a phrase.
 *
 * English page — fails on a run of Chinese sentence: 4 or more CJK characters joined by Chinese
 * sentence punctuation (，。；：、！？), outside quotes and parentheses, once the Chinese names the
 * data holds are removed. Chinese names in an English sentence are fine ("成灌 on 公交化运营 from
 * 2019"); a Chinese sentence is not.
 */
export type PageLang = 'zh' | 'en';

const URL_RE = /https?:\/\/[^\s)）」"”]+/g;
// '…' counts as a quote only around Chinese ('一区两翼'): an ASCII apostrophe is also Xi'an's.
const QUOTED_RE = /"[^"\n]*"|“[^”\n]*”|《[^》\n]*》|'[^'\n]*[\u4e00-\u9fff][^'\n]*'/g;
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_OR_PUNCT_RE = new RegExp(`[${CJK}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65]`, 'g');
const WORD_RE = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;
const EDGE_PUNCT_RE = /^[([{"'“‘]+|[)\]},;:.!?"'”’]+$/g;

/** Longest names first, so "Jinan East" is removed before "Jinan". */
function removeNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of [...names].filter((x) => x.trim().length > 1).sort((a, b) => b.length - a.length)) out = out.split(n).join(' | ');
  return out;
}

/** Runs of 3+ Latin words left in Chinese text after the exemptions above. */
export function latinRuns(text: string, allowedNames: readonly string[] = []): string[] {
  const cleaned = removeNames(text.replace(URL_RE, ' | ').replace(QUOTED_RE, ' | '), allowedNames)
    .replace(CJK_OR_PUNCT_RE, ' | ');
  const runs: string[] = [];
  let run: string[] = [];
  const end = () => { if (run.length >= 3) runs.push(run.join(' ')); run = []; };
  for (const token of cleaned.split(/\s+/)) {
    if (!token) continue;
    const core = token.replace(EDGE_PUNCT_RE, '');
    if (WORD_RE.test(core)) {
      run.push(core);
      // sentence punctuation after a word ends the run: "(land)," still counts, but "a. b" does not chain
      if (/[;:.!?]$/.test(token)) end();
    } else end();
  }
  end();
  return runs;
}

const CHINESE_SENTENCE_RE = new RegExp(`[${CJK}]+(?:[，。；：、！？][${CJK}]+)+`, 'g');
const BRACKETED_RE = /\([^()\n]*\)|（[^（）\n]*）/g;

/** Chinese sentences (CJK joined by Chinese punctuation, 4+ CJK characters) left in English text. */
export function chineseSentences(text: string, allowedNames: readonly string[] = []): string[] {
  const cleaned = removeNames(text.replace(URL_RE, ' ').replace(QUOTED_RE, ' ').replace(BRACKETED_RE, ' '), allowedNames);
  return [...cleaned.matchAll(CHINESE_SENTENCE_RE)].map((m) => m[0])
    .filter((s) => s.replace(/[，。；：、！？]/g, '').length >= 4);
}

/** What the page must not show in its language. */
export function foreignRuns(lang: PageLang, text: string, allowedNames: readonly string[] = []): string[] {
  return lang === 'zh' ? latinRuns(text, allowedNames) : chineseSentences(text, allowedNames);
}
