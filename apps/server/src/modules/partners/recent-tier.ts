import { sql } from 'kysely';
import type { PartnersDb } from './tables.ts';
import type { Logger } from 'pino';
import type { BackgroundJob } from '../../platform/shutdown.ts';

const keptTeachers = sql`recently_active_partners_kept()`;

/** Moves the start of the recent tier up to the most recently active fifth (everyone below 100,000), and lets the others go. */
export async function keepRecentlyActivePartners(db: PartnersDb): Promise<void> {
  await sql`select keep_recently_active_partners(${keptTeachers})`.execute(db);
}

/** Makes the recent tier again from the whole table, after a bulk load that bypassed its trigger. */
export async function rebuildRecentlyActivePartners(db: PartnersDb): Promise<void> {
  await sql`select rebuild_recently_active_partners(${keptTeachers})`.execute(db);
}

/** The hourly upkeep of the recent tier, in every process (it is idempotent); the first run is now. */
export function startRecentPartnersUpkeep(db: PartnersDb, logger: Logger, everyMs = 3_600_000): BackgroundJob {
  let running: Promise<void> = Promise.resolve();
  const keep = () => {
    running = keepRecentlyActivePartners(db).catch((error: unknown) => logger.error({ err: error }, 'recent partners upkeep failed'));
  };
  keep();
  const timer = setInterval(keep, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
