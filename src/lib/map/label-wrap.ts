/**
 * English labels on two lines at most (issue 11, "Symbology"). MapLibre wraps a label at
 * `text-max-width` ems; a fixed width breaks a long English name into three or four lines. This
 * width grows with the name: a Latin letter averages about 0.55 em in the UI fonts, so half the
 * name's width plus slack (0.36 em a character) keeps any name to two lines, and short names keep
 * the usual width. Chinese names (1 em a character, short) keep the fixed width.
 * https://maplibre.org/maplibre-style-spec/layers/#text-max-width
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../state/permalink.ts';

export const EM_PER_LATIN_CHAR = 0.36;
/** A Latin letter's average advance in the UI fonts, in ems. */
export const EM_PER_LATIN_LETTER = 0.55;

export function labelMaxWidth(lang: Lang, field: ExpressionSpecification, base: number): number | ExpressionSpecification {
  return lang === 'en' ? ['max', base, ['*', EM_PER_LATIN_CHAR, ['length', field]]] : base;
}

/**
 * The estimated width of a label's widest line in ems, wrapped as `labelMaxWidth` wraps it: a Chinese
 * character is 1 em, a Latin letter EM_PER_LATIN_LETTER; a line is at most the wrap width.
 */
export function widestLineEms(text: string, lang: Lang, base: number): number {
  const chars = [...text].length;
  return lang === 'en' ? Math.min(chars * EM_PER_LATIN_LETTER, Math.max(base, EM_PER_LATIN_CHAR * chars)) : Math.min(chars, base);
}
