/**
 * After a new version is deployed, a tab still running the previous one asks for chunks and
 * catalogs whose hashed names are gone: it reloads to run the new version. At most once a minute,
 * so that a file missing from the new version too fails as an error instead of reloading forever.
 */
const storageKey = 'jumelage.reloadedForNewVersion';
const minimumIntervalMs = 60_000;
let reloading = false;

/** Reloads the page (the promise never settles: the page goes away), or rejects with the error. */
export function reloadForNewVersion(error: unknown): Promise<never> {
  if (!reloading && reloadedRecently()) return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  if (!reloading) {
    reloading = true;
    rememberReload();
    window.location.reload();
  }
  return new Promise<never>(() => undefined);
}

function reloadedRecently(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(storageKey) ?? 0) < minimumIntervalMs;
  } catch {
    return false;
  }
}

function rememberReload(): void {
  try {
    sessionStorage.setItem(storageKey, String(Date.now()));
  } catch {
    // Without storage a second failure would reload again: acceptable, it needs a second missing file.
  }
}
