import type { PGlite, Results } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Lets Kysely's PostgreSQL driver talk to PGlite. PGlite is one connection, so a client is
 * lent to one user at a time: a transaction holds it until it commits, and every other query
 * waits its turn instead of landing inside someone else's transaction.
 */
export function createPglitePool(pglite: PGlite): PostgresPool {
  const lock = new ExclusiveLock();
  return {
    options: {},
    async connect(): Promise<PostgresPoolClient> {
      const release = await lock.acquire();
      let released = false;
      return {
        query: (async (sql: string, parameters: readonly unknown[]) => runQuery(pglite, sql, parameters)) as PostgresPoolClient['query'],
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
    },
    async end() {
      await lock.acquire();
      await pglite.close();
    },
  };
}

async function runQuery(pglite: PGlite, sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<unknown>> {
  // Without parameters the text may hold several statements (a migration file): only the
  // simple protocol, `exec`, accepts that.
  const result: Results =
    parameters.length === 0
      ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 })
      : await pglite.query(sql, [...parameters]);
  return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
}

const commands = ['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COMMIT', 'ROLLBACK'] as const;

function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  const firstWord = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  return commands.find((command) => command === firstWord) ?? 'SELECT';
}

class ExclusiveLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }
}
