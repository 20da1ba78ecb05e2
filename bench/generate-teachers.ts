// Fills a database with teachers, schools and project ideas at benchmark scale: realistic names, towns and
// presentations in each country's language, with the skew of real data (some countries and
// subjects far more common), through the real migrations and the real search table.
import { sql } from 'kysely';
import {
  demoCountries,
  ideaTemplatesIn,
  monthAfter,
  rebuildRecentlyActivePartners,
  seededRandom,
  type Database,
} from '@jumelage/server/bench';

export type Counts = { teachers: number; schools: number; ideas: number };

const countryWeights: Record<string, number> = { IT: 16, PL: 14, ES: 12, FR: 11, GR: 9, RO: 9, PT: 7, DE: 7, CZ: 5, NL: 4, SE: 3, FI: 3 };
const subjectWeights: Record<string, number> = {
  foreign_languages: 20,
  mathematics: 9,
  language_and_literature: 8,
  primary_all_subjects: 8,
  science: 7,
  history: 6,
  computing: 6,
  geography: 4,
  art: 4,
  music: 3,
  biology: 3,
  physics: 3,
  technology: 3,
  chemistry: 2,
  pre_school: 2,
  citizenship: 2,
  environment: 2,
  physical_education: 2,
  vocational_subjects: 2,
  cross_curricular: 2,
  religion_ethics: 1,
  philosophy: 1,
  economics: 1,
  special_needs: 1,
  drama: 1,
  media_education: 1,
  classical_languages: 1,
  home_economics: 1,
};
const levels = [
  'primary',
  'primary',
  'lower_secondary',
  'lower_secondary',
  'upper_secondary',
  'upper_secondary',
  'vocational',
  'other',
] as const;
const ages: Record<(typeof levels)[number], [number, number]> = {
  primary: [6, 11],
  lower_secondary: [11, 15],
  upper_secondary: [15, 18],
  vocational: [15, 19],
  other: [10, 18],
};

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r  ${label.padEnd(8)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
  );
  if (done === total) process.stderr.write('\n');
}

const batchSize = 20_000;

export async function generateTeachers(database: Database, counts: Counts, seed = 2017): Promise<void> {
  const random = seededRandom(seed);
  const pickCountry = random.weighted(countryWeights);
  const pickSubject = random.weighted(subjectWeights);
  const people = new Map(demoCountries.map((country) => [country.countryCode, country]));
  const schoolsByCountry = new Map<string, Array<{ id: string; level: (typeof levels)[number] }>>();
  const validated: Array<{ id: string; language: string; languages: string }> = [];

  await database.db.connection().execute(async (db) => {
    // The search table is filled once at the end, in one statement, instead of row by row.
    await sql`set session_replication_role = replica`.execute(db);

    for (let start = 0; start < counts.schools; start += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, counts.schools - start) }, () => {
        const country = people.get(pickCountry())!;
        const level = random.pick(levels);
        const town = random.pick(country.towns);
        const id = crypto.randomUUID();
        const list = schoolsByCountry.get(country.countryCode) ?? [];
        list.push({ id, level });
        schoolsByCountry.set(country.countryCode, list);
        return {
          id,
          name: random.pick(country.schoolNames[level]),
          country: country.countryCode,
          region: town.regionId ?? null,
          town: town.name,
          level,
        };
      });
      await sql`
        insert into schools (id, name, country_code, region_id, town, level)
        select * from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.name)}::text[], ${rows.map((row) => row.country)}::bpchar[],
                             ${rows.map((row) => row.region)}::text[], ${rows.map((row) => row.town)}::text[], ${rows.map((row) => row.level)}::text[])
      `.execute(db);
      progress('schools', start + rows.length, counts.schools);
    }

    const now = Date.now();
    for (let start = 0; start < counts.teachers; start += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, counts.teachers - start) }, (_, offset) => {
        const country = people.get(pickCountry())!;
        const school = random.pick(schoolsByCountry.get(country.countryCode) ?? schoolsByCountry.values().next().value!);
        const female = random.next() < 0.65;
        const family = random.pick(country.lastNames);
        const name = `${random.pick(female ? country.firstNames.female : country.firstNames.male)} ${typeof family === 'string' ? family : family[female ? 1 : 0]}`;
        const statusRoll = random.next();
        const recency = random.next();
        const daysAgo = recency < 0.4 ? random.next() * 30 : recency < 0.8 ? random.next() * 365 : random.next() * 1095;
        const subjects = [
          ...new Set([pickSubject(), ...(random.next() < 0.6 ? [pickSubject()] : []), ...(random.next() < 0.2 ? [pickSubject()] : [])]),
        ];
        const languages = [...new Set([country.language, 'en', ...(random.next() < 0.35 ? [random.pick(['fr', 'de', 'es', 'it'])] : [])])];
        const [youngest, oldest] = ages[school.level];
        return {
          id: crypto.randomUUID(),
          email: `t${start + offset}@bench.example`,
          name,
          country: country.countryCode,
          school: school.id,
          status: statusRoll < 0.97 ? 'validated' : statusRoll < 0.99 ? 'pending' : 'rejected',
          language: country.language,
          lastActive: new Date(now - daysAgo * 86_400_000).toISOString(),
          subjects: `{${subjects.join(',')}}`,
          languages: `{${languages.join(',')}}`,
          ageMin: youngest + Math.floor(random.next() * 2),
          ageMax: oldest - Math.floor(random.next() * 2),
          presentation: random.pick(country.presentations),
          looking: random.next() < 0.6,
          hidden: random.next() < 0.02,
        };
      });
      const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
      await sql`
        insert into users (id, email, password_hash, name, role, staff_role, country_code, school_id, status, email_confirmed_at, language, created_at, last_active_at, awaiting_since)
        select id, email, 'bench', name, 'teacher', 'teacher', country, school, status, now(), language, last_active, last_active, last_active
        from unnest(${column('id')}::uuid[], ${column('email')}::text[], ${column('name')}::text[], ${column('country')}::bpchar[], ${column('school')}::uuid[],
                    ${column('status')}::text[], ${column('language')}::text[], ${column('lastActive')}::timestamptz[])
          as t(id, email, name, country, school, status, language, last_active)
      `.execute(db);
      await sql`
        insert into teacher_profiles (user_id, subjects, pupil_age_min, pupil_age_max, working_languages, presentation, looking_for_partners, hidden_from_search)
        select id, subjects::text[], age_min, age_max, languages::text[], presentation, looking, hidden
        from unnest(${column('id')}::uuid[], ${column('subjects')}::text[], ${column('ageMin')}::smallint[], ${column('ageMax')}::smallint[],
                    ${column('languages')}::text[], ${column('presentation')}::text[], ${column('looking')}::boolean[], ${column('hidden')}::boolean[])
          as t(id, subjects, age_min, age_max, languages, presentation, looking, hidden)
      `.execute(db);
      progress('teachers', start + rows.length, counts.teachers);
      for (const row of rows)
        if (row.status === 'validated') validated.push({ id: row.id, language: row.language, languages: row.languages });
    }

    for (let start = 0; start < counts.ideas; start += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, counts.ideas - start) }, () => {
        const author = random.pick(validated);
        const template = random.pick(ideaTemplatesIn(random.next() < 0.6 ? author.language : 'en'));
        const startsIn = Math.floor(random.next() * 12) - 3;
        const wanted = random.next() < 0.5 ? [] : [pickCountry(), pickCountry()];
        return {
          author: author.id,
          title: template.title,
          description: template.description,
          subjects: `{${template.subjects.join(',')}}`,
          ageMin: template.ages[0],
          ageMax: template.ages[1],
          languages: author.languages,
          wanted: `{${[...new Set(wanted)].join(',')}}`,
          startsOn: `${monthAfter(new Date(now), startsIn)}-01`,
          endsOn: `${monthAfter(new Date(now), startsIn + 3 + Math.floor(random.next() * 7))}-01`,
          status: random.next() < 0.8 ? 'open' : 'closed',
          createdAt: new Date(now - random.next() * 730 * 86_400_000).toISOString(),
        };
      });
      const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
      await sql`
        insert into project_ideas (author_id, title, description, subjects, age_min, age_max, languages, countries_wanted, starts_on, ends_on, status, created_at, updated_at)
        select author, title, description, subjects::text[], age_min, age_max, languages::text[], wanted::bpchar[], starts_on, ends_on, status, created_at, created_at
        from unnest(${column('author')}::uuid[], ${column('title')}::text[], ${column('description')}::text[], ${column('subjects')}::text[], ${column('ageMin')}::smallint[],
                    ${column('ageMax')}::smallint[], ${column('languages')}::text[], ${column('wanted')}::text[], ${column('startsOn')}::date[], ${column('endsOn')}::date[],
                    ${column('status')}::text[], ${column('createdAt')}::timestamptz[])
          as t(author, title, description, subjects, age_min, age_max, languages, wanted, starts_on, ends_on, status, created_at)
      `.execute(db);
      progress('ideas', start + rows.length, counts.ideas);
    }

    process.stderr.write('  search table…');
    // Fresh statistics first, or the planner joins a million rows one by one.
    await sql`analyze`.execute(db);
    await sql`
      insert into partner_search (user_id, name, country_code, school_name, town, level, subjects, languages,
                                  age_min, age_max, looking, last_active, name_text, search_text)
      select user_id, name, country_code, school_name, town, level, subjects, languages,
             age_min, age_max, looking, last_active, name_text, search_text
      from partner_search_rows
      on conflict (user_id) do nothing
    `.execute(db);
    // The recent tier in one statement, not a row at a time by the trigger the load bypassed.
    await sql`set session_replication_role = origin`.execute(db);
    await rebuildRecentlyActivePartners(db);
    // Vacuum too: the walk index answers without visiting the table only on pages marked all-visible.
    await sql`vacuum analyze`.execute(db);
    process.stderr.write(' done\n');
  });
}
