const STORAGE_KEY = 'tcns.serve.token';

interface Place {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * Serve mode prints a URL with the secret in the fragment (`#token=…`), which never reaches
 * server logs. Read it once, keep it for this tab in sessionStorage (it survives reloads),
 * and remove it from the address bar so it is not bookmarked, shared or shown on screen.
 * Must run before the hash router starts: the router owns the fragment afterwards.
 */
export function takeSessionToken(place: Place): string | null {
  const match = /^#(?:.*&)?token=([^&]+)/u.exec(place.location.hash);
  if (match) {
    place.sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    place.history.replaceState(place.history.state, '', `${place.location.pathname}${place.location.search}#/`);
  }
  return place.sessionStorage.getItem(STORAGE_KEY);
}
