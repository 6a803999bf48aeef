/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF. Our geodata CSVs are tiny and
 * hand-curated, so a dependency would cost more than these lines. Returns one object per data row,
 * keyed by the header, with the 1-based line number kept for error messages.
 */
import { BuildError } from './errors.ts';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export function parseCsv(text: string, file: string, required: readonly string[]): CsvRow[] {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; field += ch; }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
      fields = []; field = ''; line++; recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new BuildError(file, `line ${recordLine}`, 'unterminated quoted field');
  fields.push(field);
  if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });

  const [header, ...rows] = records;
  if (!header) throw new BuildError(file, '(whole file)', 'empty CSV: no header row');
  const names = header.fields.map((h) => h.trim());
  for (const r of required) {
    if (!names.includes(r)) throw new BuildError(file, 'header', `missing column "${r}" (have: ${names.join(', ')})`);
  }
  return rows.map((r) => {
    if (r.fields.length !== names.length) {
      throw new BuildError(file, `line ${r.line}`, `expected ${names.length} fields, found ${r.fields.length}`);
    }
    return { line: r.line, values: Object.fromEntries(names.map((n, i) => [n, r.fields[i].trim()])) };
  });
}
