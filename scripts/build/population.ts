/**
 * geodata/population-2020.csv and devzones-2020.csv: the 2020 census by county and by census zone.
 * Both may carry an optional column range_source: the source for a figure outside the plausible range.
 */
import type { DevZone } from '../../src/lib/data/atlas-types.ts';
import { parseCsv } from './csv.ts';
import { BuildError } from './errors.ts';
import { isSafeUrl, NAME_MAX, NOTE_MAX, visibleLength, type Source } from './schemas/common.ts';

/** A plausible county-level population: outside it a row needs a sourced override (column range_source). */
export const POPULATION_RANGE = { min: 1_000, max: 20_000_000 } as const;
/** Beyond this no override helps: more people than China has is a typo, whatever the note says. */
const POPULATION_CEILING = 1_500_000_000;

function count(value: string, file: string, record: string, column: string, override: string): number {
  if (value === '') throw new BuildError(file, record, `${column} is missing`);
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new BuildError(file, record, `${column} "${value}" is not a number`);
  const n = Number(value);
  if (value.startsWith('-')) throw new BuildError(file, record, `${column} ${value} is negative`);
  if (!Number.isInteger(n)) throw new BuildError(file, record, `${column} ${value} is not a whole number of people`);
  if (n === 0) throw new BuildError(file, record, `${column} is 0: a county unit has people`);
  if (n > POPULATION_CEILING) throw new BuildError(file, record, `${column} ${value} is more people than China has`);
  const { min, max } = POPULATION_RANGE;
  if ((n < min || n > max) && override.trim() === '') {
    throw new BuildError(file, record, `${column} ${n} is outside the plausible ${min.toLocaleString('en-US')} … ${max.toLocaleString('en-US')} for one unit; if it is right, give its source in column range_source`);
  }
  return n;
}

function requireSource(value: string, file: string, record: string): void {
  if (value.trim() === '' || value.trim() === '-') throw new BuildError(file, record, 'a record needs a source (column source is empty)');
}

export interface CensusRow { adcode: string; name: string; population: number; source: string }

export function parsePopulation(text: string, file: string, adcodes: ReadonlySet<string>): Map<string, CensusRow> {
  const out = new Map<string, CensusRow>();
  for (const { line, values } of parseCsv(text, file, ['adcode', 'name', 'pop_2020', 'source'])) {
    const record = `line ${line} (${values.adcode} ${values.name})`;
    if (!/^\d{6}$/.test(values.adcode)) throw new BuildError(file, record, `adcode "${values.adcode}" is not 6 digits`);
    if (out.has(values.adcode)) throw new BuildError(file, record, `duplicate adcode ${values.adcode}`);
    if (!adcodes.has(values.adcode)) throw new BuildError(file, record, `unknown adcode ${values.adcode}: not a county in the boundary package`);
    requireSource(values.source, file, record);
    if (visibleLength(values.name) === 0 || values.name.length > NAME_MAX) throw new BuildError(file, record, `name must be non-blank and at most ${NAME_MAX} characters`);
    out.set(values.adcode, { adcode: values.adcode, name: values.name, population: count(values.pop_2020, file, record, 'pop_2020', values.range_source ?? ''), source: values.source });
  }
  return out;
}

const CONFIDENCE = new Set(['sourced', 'inferred', 'uncertain']);

export function parseDevZones(text: string, file: string, adcodes: ReadonlySet<string>): DevZone[] {
  const codes = new Set<string>();
  return parseCsv(text, file, ['zone_code', 'name', 'pop_2020', 'host_adcodes', 'host_confidence', 'source']).map(({ line, values }) => {
    const record = `line ${line} (${values.zone_code} ${values.name})`;
    if (!/^\d{6}$/.test(values.zone_code)) throw new BuildError(file, record, `zone_code "${values.zone_code}" is not 6 digits`);
    if (codes.has(values.zone_code)) throw new BuildError(file, record, `duplicate zone_code ${values.zone_code}`);
    codes.add(values.zone_code);
    requireSource(values.source, file, record);
    const hostAdcodes = values.host_adcodes.split(';').map((s) => s.trim()).filter(Boolean);
    if (hostAdcodes.length === 0) throw new BuildError(file, record, 'host_adcodes is empty');
    for (const h of hostAdcodes) if (!adcodes.has(h)) throw new BuildError(file, record, `unknown host adcode ${h}`);
    if (!CONFIDENCE.has(values.host_confidence)) {
      throw new BuildError(file, record, `host_confidence "${values.host_confidence}" is not one of sourced, inferred, uncertain`);
    }
    // The CSV's source column is a citation (file, commit, the census volume's Chinese title), the
    // same in both languages; no panel shows dev-zone sources today.
    const sources: Source[] = [{ url: 'https://github.com/thebamboogrove/tudigong/blob/f436b425846f2173ca7cc7fc7c154c500ba23255/input/population.csv', date: '2022', what: { zh: values.source, en: values.source } }];
    // host_source: "-" (none) or URLs separated by " ; "; each must be a plain http(s) URL.
    const hostSource = (values.host_source ?? '').trim();
    if (hostSource !== '' && hostSource !== '-') {
      for (const url of hostSource.split(';').map((s) => s.trim())) {
        if (!isSafeUrl(url)) throw new BuildError(file, record, `host_source "${url}" is not an http(s) URL without spaces or a script scheme`);
        sources.push({ url, date: { zh: '日期不详', en: 'unknown' }, what: { zh: '开发区所在县', en: 'host county of the zone' } });
      }
    }
    for (const [column, limit] of [['name', NAME_MAX], ['host_note', NOTE_MAX]] as const) {
      if ((values[column] ?? '').length > limit) throw new BuildError(file, record, `${column} is longer than ${limit} characters`);
    }
    if (visibleLength(values.name) === 0) throw new BuildError(file, record, 'name is blank');
    return {
      code: values.zone_code, name: values.name, prefecture: values.prefecture ?? '',
      population: count(values.pop_2020, file, record, 'pop_2020', values.range_source ?? ''), hostAdcodes,
      hostConfidence: values.host_confidence as DevZone['hostConfidence'], hostNote: values.host_note ?? '', sources,
    };
  });
}
