/**
 * Selection that is not part of the permalink (the URL scheme has no station key): the selected
 * station. Parks and counties live in `app` because links carry them.
 */
export const selection: { station: string | null } = $state({ station: null });
