import { subjects, type SchoolLevel, type Subject, type WorkingLanguage } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import { hashPassword } from '../platform/auth/secrets.ts';
import type { Database } from '../platform/db/database.ts';
import type { Schema } from '../platform/db/schema.ts';
import { fileStorage } from '../platform/files/storage.ts';
import { findUserByEmail, insertUser } from '../modules/accounts/queries.ts';
import { insertIdea } from '../modules/ideas/queries.ts';
import { insertSchool } from '../modules/schools/queries.ts';
import { ideaTemplatesIn, monthAfter } from './ideas.ts';
import { demoStateOf, insertDemoProject, validatedTeachersByCountry, type DemoPartner } from './projects.ts';
import { demoCountries, type CountryPeople } from './people.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import { demoFounderEmail, demoPupilLogins, loadDemoTwinspaces } from './twinspace.ts';

export const demoPassword = 'demo password';
export const demoAdminEmail = 'admin@demo.example';

/** Who signs in with what: an e-mail address, or a pupil's username (at /pupils/sign-in). */
export type DemoLogin = { role: string; countryCode: string | null; login: string };
export type DemoSummary = { alreadyLoaded: boolean; countries: number; schools: number; teachers: number; logins: DemoLogin[] };

/** `dataDir`: the DATA_DIR the server reads files from (the demo TwinSpace has a drawing). */
type Options = { schoolsPerCountry: number; teachersPerSchool: number; dataDir: string; onProgress?: (message: string) => void };

const levels: SchoolLevel[] = [
  'primary',
  'primary',
  'lower_secondary',
  'lower_secondary',
  'upper_secondary',
  'upper_secondary',
  'vocational',
  'other',
];
const agesOf: Record<SchoolLevel, [number, number]> = {
  primary: [6, 11],
  lower_secondary: [11, 15],
  upper_secondary: [15, 18],
  vocational: [15, 19],
  other: [10, 18],
};
const commonSubjects: Subject[] = [
  'foreign_languages',
  'foreign_languages',
  'history',
  'geography',
  'mathematics',
  'science',
  'language_and_literature',
  'art',
  'music',
  'computing',
];

/** A full name of the country: given name and family name of the same gender. */
function personName(country: CountryPeople, random: SeededRandom): string {
  const female = random.next() < 0.6;
  const given = random.pick(female ? country.firstNames.female : country.firstNames.male);
  const family = random.pick(country.lastNames);
  return `${given} ${typeof family === 'string' ? family : family[female ? 1 : 0]}`;
}

/**
 * Fills the database with realistic demo data: for each demo country an NSS officer, schools and
 * teachers (mostly validated, some waiting, a few rejected) with names and profiles in the country's
 * language; projects in every state; a lived-in TwinSpace (see twinspace.ts); and one admin. Does
 * nothing when the demo admin already exists.
 */
export async function loadDemoData(database: Database, options: Options): Promise<DemoSummary> {
  const logins: DemoLogin[] = [{ role: 'admin', countryCode: null, login: demoAdminEmail }];
  for (const country of demoCountries) {
    logins.push({ role: 'nss', countryCode: country.countryCode, login: `nss.${country.countryCode.toLowerCase()}@demo.example` });
    logins.push({
      role: 'teacher',
      countryCode: country.countryCode,
      login: `teacher.${country.countryCode.toLowerCase()}.1@demo.example`,
    });
  }
  const summary = {
    countries: demoCountries.length,
    schools: demoCountries.length * options.schoolsPerCountry,
    teachers: demoCountries.length * options.schoolsPerCountry * options.teachersPerSchool,
    logins,
  };
  const withPupils = async () => ({
    ...summary,
    logins: [
      ...logins,
      ...(await demoPupilLogins(database.db)).map(({ countryCode, username }) => ({ role: 'pupil', countryCode, login: username })),
    ],
  });
  if (await findUserByEmail(database.db, demoAdminEmail)) return { alreadyLoaded: true, ...(await withPupils()) };

  const passwordHash = await hashPassword(demoPassword);
  const random = seededRandom(20_171_201);
  await database.db.transaction().execute(async (db) => {
    await insertUser(db, {
      email: demoAdminEmail,
      passwordHash,
      name: 'Central Support Service',
      role: 'admin',
      staffRole: null,
      countryCode: null,
      schoolId: null,
      status: 'validated',
      emailConfirmed: true,
      language: 'en',
    });
    for (const country of demoCountries) {
      await loadCountry(db, country, passwordHash, random, options);
      options.onProgress?.(
        `${country.countryCode}: ${options.schoolsPerCountry} schools, ${options.schoolsPerCountry * options.teachersPerSchool} teachers`,
      );
    }
    await loadProjects(db, random);
    options.onProgress?.('projects in every state');
    await loadDemoTwinspaces(db, { passwordHash, storage: fileStorage(options.dataDir), random });
    options.onProgress?.(`a TwinSpace with pupils, pages and a drawing for ${demoFounderEmail}`);
  });
  return { alreadyLoaded: false, ...(await withPupils()) };
}

async function loadCountry(
  db: Kysely<Schema>,
  country: CountryPeople,
  passwordHash: string,
  random: SeededRandom,
  options: Options,
): Promise<void> {
  const code = country.countryCode.toLowerCase();
  const officerId = await insertUser(db, {
    email: `nss.${code}@demo.example`,
    passwordHash,
    name: personName(country, random),
    role: 'nss',
    staffRole: null,
    countryCode: country.countryCode,
    schoolId: null,
    status: 'validated',
    emailConfirmed: true,
    language: country.language,
  });
  const usedSchools = new Set<string>();
  let teacherNumber = 0;
  for (let schoolIndex = 0; schoolIndex < options.schoolsPerCountry; schoolIndex++) {
    let level: SchoolLevel;
    let name: string;
    let town: CountryPeople['towns'][number];
    do {
      level = random.pick(levels);
      name = random.pick(country.schoolNames[level]);
      town = random.pick(country.towns);
    } while (usedSchools.has(`${name}|${town.name}`));
    usedSchools.add(`${name}|${town.name}`);
    const schoolId = await insertSchool(db, {
      name,
      countryCode: country.countryCode,
      regionId: town.regionId ?? null,
      town: town.name,
      level,
    });
    for (let index = 0; index < options.teachersPerSchool; index++) {
      teacherNumber++;
      await insertTeacher(db, { country, schoolId, level, number: teacherNumber, passwordHash, officerId, random });
    }
  }
}

/**
 * Two projects per country, founded with the next country and joined by a teacher of the one after;
 * the first teacher of each country (the printed log-in) founds one of them.
 */
async function loadProjects(db: Kysely<Schema>, random: SeededRandom): Promise<void> {
  const teachers = await validatedTeachersByCountry(db);
  const officerRows = await db.selectFrom('users').select(['id', 'country_code']).where('role', '=', 'nss').execute();
  const officers = Object.fromEntries(officerRows.map((row) => [row.country_code!, row.id]));
  const teacherOf = (countryIndex: number, rank: number) => {
    const people = teachers.get(demoCountries[countryIndex % demoCountries.length]!.countryCode) ?? [];
    return people[rank % people.length]!;
  };
  let number = 0;
  for (let index = 0; index < demoCountries.length; index++) {
    for (const rank of [0, 1]) {
      const founders: [DemoPartner, DemoPartner] = [teacherOf(index, rank), teacherOf(index + 1, rank + 2)];
      await insertDemoProject(
        db,
        { founders, member: teacherOf(index + 2, rank + 3), officers, status: demoStateOf(number), number },
        random,
      );
      number++;
    }
  }
}

type TeacherSeed = {
  country: CountryPeople;
  schoolId: string;
  level: SchoolLevel;
  number: number;
  passwordHash: string;
  officerId: string;
  random: SeededRandom;
};

async function insertTeacher(
  db: Kysely<Schema>,
  { country, schoolId, level, number, passwordHash, officerId, random }: TeacherSeed,
): Promise<void> {
  // The first teacher of each country is validated, for the printed demo log-in.
  const roll = number === 1 ? 0 : random.next();
  const status = roll < 0.85 ? 'validated' : roll < 0.95 ? 'pending' : 'rejected';
  const id = await insertUser(db, {
    email: `teacher.${country.countryCode.toLowerCase()}.${number}@demo.example`,
    passwordHash,
    name: personName(country, random),
    role: 'teacher',
    staffRole: random.next() < 0.9 ? 'teacher' : random.pick(['librarian', 'head'] as const),
    countryCode: country.countryCode,
    schoolId,
    status,
    emailConfirmed: true,
    language: country.language,
  });
  const daysAgo = Math.floor(random.next() * 60);
  const registered = new Date(Date.now() - (status === 'pending' ? Math.floor(random.next() * 20) : daysAgo + 30) * 86_400_000);
  await db
    .updateTable('users')
    .set({
      created_at: registered,
      awaiting_since: registered,
      last_active_at: new Date(Date.now() - daysAgo * 86_400_000),
      ...(status === 'validated' || status === 'rejected'
        ? { decided_by: officerId, decided_at: new Date(Date.now() - daysAgo * 86_400_000) }
        : {}),
      ...(status === 'rejected' ? { decision_reason: country.rejectionReason } : {}),
    })
    .where('id', '=', id)
    .execute();
  const [youngest, oldest] = agesOf[level];
  const chosenSubjects = new Set<Subject>([
    random.pick(commonSubjects),
    random.next() < 0.5 ? random.pick(subjects) : random.pick(commonSubjects),
  ]);
  if (level === 'primary') chosenSubjects.add('primary_all_subjects');
  const languages = new Set<string>([country.language, 'en', ...(random.next() < 0.4 ? [random.pick(['fr', 'de', 'es', 'it'])] : [])]);
  await db
    .updateTable('teacher_profiles')
    .set({
      subjects: [...chosenSubjects],
      pupil_age_min: youngest + Math.floor(random.next() * 2),
      pupil_age_max: oldest - Math.floor(random.next() * 2),
      working_languages: [...languages],
      presentation: random.pick(country.presentations),
      looking_for_partners: random.next() < 0.6,
    })
    .where('user_id', '=', id)
    .execute();
  if (status === 'validated' && (number === 2 || random.next() < 0.12)) await postIdea(db, id, country, [...languages], random);
}

/** One project idea in the teacher's language (or English), starting within the next months. */
async function postIdea(
  db: Kysely<Schema>,
  authorId: string,
  country: CountryPeople,
  languages: string[],
  random: SeededRandom,
): Promise<void> {
  const template = random.pick(ideaTemplatesIn(random.next() < 0.6 ? country.language : 'en'));
  const start = 1 + Math.floor(random.next() * 8);
  const wanted =
    random.next() < 0.5
      ? []
      : [random.pick(demoCountries).countryCode, random.pick(demoCountries).countryCode].filter((code) => code !== country.countryCode);
  await insertIdea(db, authorId, {
    title: template.title,
    description: template.description,
    subjects: template.subjects,
    pupilAgeMin: template.ages[0],
    pupilAgeMax: template.ages[1],
    languages: languages as WorkingLanguage[],
    countriesWanted: [...new Set(wanted)],
    startMonth: monthAfter(new Date(), start),
    endMonth: monthAfter(new Date(), start + 3 + Math.floor(random.next() * 7)),
  });
}
