/**
 * Text of an audited figure or range, laid out so it reads as one figure (issue 12 item 12: the
 * totals table broke "27,794 km²–34,667 km²" after the dash and "≈ 29,700 km²" after the ≈).
 * Pure; the table keeps each returned string on one line.
 */

/** The unit after the last digit ("22,306 km²" → " km²", "1813.2万" → "万", "+3.1%" → "%"). */
const unitOf = (s: string): string => s.match(/[^\d]*$/)?.[0] ?? '';

/** "22,306 km²" and "34,667 km²" → "22,306–34,667 km²": a shared unit is written once, at the end. */
export function joinRange(low: string, high: string, dash = '–'): string {
  const unit = unitOf(high);
  const lowBare = unit && unitOf(low) === unit ? low.slice(0, low.length - unit.length) : low;
  return `${lowBare}${dash}${high}`;
}

/** "≈" (en) or "约" (zh) joined to the number with a no-break space, so it never ends a line alone. */
export function approxText(marker: string, figure: string): string {
  return `${marker}\u00a0${figure}`;
}
