/**
 * The one error type of the data build. Every message names the input file and the record
 * (id, adcode or line number) so a curator can find and fix it without reading the script.
 */
export class BuildError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly detail: string,
  ) {
    super(`${file}: ${record}: ${detail}`);
    this.name = 'BuildError';
  }
}

/** Parse JSON text, turning a syntax error into a BuildError that names the file. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BuildError(file, '(whole file)', `malformed JSON: ${(err as Error).message}`);
  }
}
