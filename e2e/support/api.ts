import type { Page } from 'playwright-core';

/** Calls the API from the signed-in page, as the app does (same origin, session cookie, CSRF token). */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/session')).json()) as { session: { csrfToken: string } };
      const headers: Record<string, string> = {
        'x-csrf-token': session.session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (response.status === 204 ? null : await response.json()) as T;
    },
    { method, path, body },
  );
}
