import { after } from 'node:test';

const cleanups: Array<() => unknown> = [];

/**
 * Runs when the test file ends, last registered first: the app closes before the database it uses,
 * and the database before the server drops it. (node:test runs its own `after` hooks in order.)
 */
export function atEndOfFile(cleanup: () => unknown): void {
  if (cleanups.length === 0) {
    after(async () => {
      while (cleanups.length > 0) await cleanups.pop()!();
    });
  }
  cleanups.push(cleanup);
}
