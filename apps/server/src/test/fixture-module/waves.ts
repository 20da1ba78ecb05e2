import { Readable } from 'node:stream';
import { sql, type Generated, type Kysely } from 'kysely';
import type { ProjectArchiver } from '../../platform/archive/project-archive.ts';
import type { Db, Schema } from '../../platform/db/schema.ts';
import type { PersonalDataKeeper } from '../../platform/privacy/personal-data.ts';

/** The fixture's one table, made by `createWavesTable` (a real domain has a migration). */
type FixtureTables = {
  fixture_waves: { id: Generated<number>; from_user: string | null; to_user: string; project_id: string | null; at: Generated<Date> };
};

function wavesDb(db: Db<Schema>): Kysely<FixtureTables> {
  return db.withTables<FixtureTables>() as unknown as Kysely<FixtureTables>;
}

export async function createWavesTable(db: Db<Schema>): Promise<void> {
  await sql`create table fixture_waves (
    id serial primary key,
    from_user uuid references users (id) on delete set null,
    to_user uuid not null references users (id) on delete cascade,
    project_id uuid,
    at timestamptz not null default now())`.execute(db);
}

export async function insertWave(db: Db<Schema>, wave: { from: string; to: string; projectId: string | null }): Promise<void> {
  await wavesDb(db).insertInto('fixture_waves').values({ from_user: wave.from, to_user: wave.to, project_id: wave.projectId }).execute();
}

/** A person's waves, sent and received; erasing them keeps the waves others received, without who sent them. */
export const wavesPersonalData: PersonalDataKeeper = {
  async export(db, personId) {
    const waves = await wavesDb(db)
      .selectFrom('fixture_waves')
      .select(['to_user as to', 'from_user as from', 'at'])
      .where((where) => where.or([where('from_user', '=', personId), where('to_user', '=', personId)]))
      .orderBy('id')
      .execute();
    return waves.length > 0 ? { waves } : undefined;
  },
  async erase(db, personId) {
    await wavesDb(db).updateTable('fixture_waves').set({ from_user: null }).where('from_user', '=', personId).execute();
  },
};

/** The waves given in a project, as records and as one text file a reader opens without software. */
export const wavesProjectArchive: ProjectArchiver = async (db, projectId) => {
  const waves = await wavesDb(db)
    .selectFrom('fixture_waves')
    .select(['to_user as to', 'at'])
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
  if (waves.length === 0) return undefined;
  const text = `${waves.length} wave(s) in this project.\n`;
  return { records: { waves }, files: [{ path: 'waves.txt', mediaType: 'text/plain', open: async () => Readable.from([text]) }] };
};
