/** Display words for park and rail vocabularies (typed lookups into the string table). */
import type { StringKey } from '../i18n/strings.ts';
import { t } from '../i18n/t.ts';
import type { IndustryTag, ParkKind, UncertainParkField } from '../data/park-types.ts';
import type { Atlas } from '../data/decode-atlas.ts';
import type { Lang } from '../state/permalink.ts';
import type { Line, LineKind, TravelTime } from '../data/rail-types.ts';

export const kindKey = (k: ParkKind) => `kind_${k.replaceAll('-', '_')}` as StringKey;
export const industryKey = (i: IndustryTag) => `ind_${i}` as StringKey;
export const lineKindKey = (k: LineKind) => `lineKind_${k}` as StringKey;
export const uncertainKey = (f: UncertainParkField) => `uncertain_${f}` as StringKey;
// A table, not a template: a basis the schema allows without a string is a type error here (the
// 'stopping' basis once had none, and its stations' panels crashed the page).
const BASIS_KEY: Record<TravelTime['basis'], StringKey> = {
  fastest: 'basis_fastest', stopping: 'basis_stopping', estimate: 'basis_estimate', target: 'basis_target',
};
export const basisKey = (b: TravelTime['basis']) => BASIS_KEY[b];

/** A county's name in the reader's language, or the bare code when the county is not drawn. */
export function countyName(atlas: Atlas, lang: Lang, adcode: string): string {
  const f = atlas.byAdcode.get(adcode);
  return f ? (lang === 'en' ? f.properties.nameEn : f.properties.name) : adcode;
}

export function circleName(atlas: Atlas, lang: Lang, id: string): string {
  return atlas.circles.find((c) => c.id === id)?.name[lang] ?? id;
}

/** "opened 2018" / "under construction (expected 2027)" / "open". */
export function lineStatus(lang: Lang, l: Line): string {
  if (l.status === 'open') return l.opened ? t(lang, 'lineOpened', { year: l.opened }) : t(lang, 'lineOpen');
  return l.expected ? t(lang, 'lineExpected', { year: l.expected }) : t(lang, 'lineConstruction');
}

/** Kilometres with at most one decimal: 6 → "6", 10.1 → "10.1". */
export function formatKm(lang: Lang, km: number): string {
  return km.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 });
}
