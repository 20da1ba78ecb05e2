import type { AccountRole, Language } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { countryExists, findSchool, insertSchool } from '../schools/module.ts';
import { findUserByEmail, insertUser } from './queries.ts';

type OperatorAccount = {
  email: string;
  passwordHash: string;
  name: string;
  role: AccountRole;
  countryCode: string | null;
  schoolId: string | null;
  language: Language;
};

/** Creates an account that needs no confirmation nor validation: the CLI and demo data use it. */
export async function createValidatedUser(db: Kysely<Schema>, account: OperatorAccount): Promise<string> {
  if (account.role !== 'admin' && !account.countryCode) throw new Error(`--country is required for the role ${account.role}`);
  if (account.countryCode && !(await countryExists(db, account.countryCode)))
    throw new Error(`${account.countryCode} is not a participating country`);
  if (await findUserByEmail(db, account.email)) throw new Error(`${account.email} already has an account`);
  return db.transaction().execute(async (transaction) => {
    const schoolId = account.role === 'teacher' ? await schoolFor(transaction, account) : null;
    return insertUser(transaction, {
      email: account.email,
      passwordHash: account.passwordHash,
      name: account.name,
      role: account.role,
      staffRole: account.role === 'teacher' ? 'teacher' : null,
      countryCode: account.role === 'admin' ? null : account.countryCode,
      schoolId,
      status: 'validated',
      emailConfirmed: true,
      language: account.language,
    });
  });
}

async function schoolFor(db: Kysely<Schema>, account: OperatorAccount): Promise<string> {
  if (account.schoolId) {
    const school = await findSchool(db, account.schoolId);
    if (!school || school.countryCode !== account.countryCode)
      throw new Error(`${account.schoolId} is not a school of ${account.countryCode}`);
    return school.id;
  }
  const existing = await db
    .selectFrom('schools')
    .select('id')
    .where('country_code', '=', account.countryCode!)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing.id;
  const region = await db
    .selectFrom('regions')
    .select('id')
    .where('country_code', '=', account.countryCode!)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return insertSchool(db, {
    name: 'School to be specified',
    countryCode: account.countryCode!,
    regionId: region?.id ?? null,
    town: '—',
    level: 'other',
  });
}
