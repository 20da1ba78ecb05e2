import { after } from 'node:test';

const cleanups: Array<() => unknown> = [];

/**
 * Runs when the test file ends, last registered first: the app closes before the database it uses,
 * and the database before the server drops it. (node:test runs its own `after` hooks in order.)
 * A cleanup that fails fails the file once every other one has run.
 */
export function atEndOfFile(cleanup: () => unknown): void {
  if (cleanups.length === 0) {
    after(async () => {
      const failures: unknown[] = [];
      while (cleanups.length > 0) {
        try {
          await cleanups.pop()!();
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw failures[0];
    });
  }
  cleanups.push(cleanup);
}
