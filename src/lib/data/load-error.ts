/**
 * What went wrong while loading, as a kind the error panel translates — never the raw JavaScript
 * text ("Failed to fetch", "e.circles is not iterable"), which means nothing to a reader (issue 10).
 */
export type LoadErrorKind =
  | 'network' // the request failed (offline, server down)
  | 'http' // the server answered with an error status
  | 'timeout' // no complete answer within the time limit
  | 'json' // not JSON (truncated, an HTML page)
  | 'shape' // JSON, but not an atlas this app can draw
  | 'version' // an atlas of another schema version
  | 'mixed' // files from two different builds (a rebuild in progress)
  | 'render'; // the page failed while drawing (caught by the boundary)

export class AtlasLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    /** The data file concerned, e.g. "data/atlas.json". */
    readonly file = '',
    /** Plain facts for the details line: a status code, a path in the file, a version string. */
    readonly detail = '',
  ) {
    super(`${kind}${file ? ` ${file}` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'AtlasLoadError';
  }
}

/** Any thrown value as a load error (a boundary catch gets arbitrary errors). */
export function asLoadError(e: unknown, fallback: LoadErrorKind = 'render'): AtlasLoadError {
  return e instanceof AtlasLoadError ? e : new AtlasLoadError(fallback);
}

/** A schema issue path as readers of the file see it: circles[0].color */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}
