// npm run bench:search [-- --pglite 20000] [--slowest 20]
// A fixed, seeded mix of 1,000 realistic partner searches through the service layer, against the
// benchmark database (see bench:data) or, with --pglite N, an embedded database of N teachers made
// in the same run. Prints p50, p95 and p99 per kind of search, and for a primary-key lookup of one
// teacher in the same run as the baseline.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import {
  demoCountries,
  findPartners,
  migrate,
  openDatabase,
  seededRandom,
  suggestedPartners,
  type Actor,
  type Database,
  type PartnerQuery,
} from '@jumelage/server/bench';
import { printFigure, percentile } from './figures.ts';
import { generateTeachers } from './generate-teachers.ts';

const { values } = parseArgs({
  options: { pglite: { type: 'string' }, searches: { type: 'string', default: '1000' }, slowest: { type: 'string', default: '0' } },
});

async function open(): Promise<{ database: Database; where: string }> {
  if (!values.pglite) {
    const url = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/jumelage_bench';
    return { database: await openDatabase({ url }), where: 'PostgreSQL (bench:data)' };
  }
  const teachers = Number(values.pglite);
  const database = await openDatabase({ memory: true });
  await migrate(database);
  await generateTeachers(database, { teachers, schools: Math.ceil(teachers / 4), ideas: Math.ceil(teachers / 10) });
  return { database, where: `PGlite, ${teachers.toLocaleString('en')} teachers` };
}

const { database, where } = await open();
const random = seededRandom(42);
const searchers = (
  await sql<{
    id: string;
    country_code: string;
  }>`select user_id as id, country_code from partner_search order by user_id limit 2000`.execute(database.db)
).rows;
const sampleNames = (
  await sql<{ name: string; town: string }>`select name, town from partner_search order by user_id desc limit 500`.execute(database.db)
).rows;
const subjects = ['foreign_languages', 'mathematics', 'history', 'science', 'music', 'drama', 'philosophy', 'computing'];
const countries = demoCountries.map((country) => country.countryCode);

type Kind = 'text only' | 'filters only' | 'text and filters' | 'rare text' | 'common prefix' | 'suggestions';
const kinds: Array<[Kind, (() => Omit<PartnerQuery, 'limit'>) | 'suggestions']> = [
  ['text only', () => ({ q: random.pick(sampleNames).name })],
  ['text only', () => ({ q: random.pick(sampleNames).town })],
  ['rare text', () => ({ q: random.pick(['Größer', 'Ibáñez', 'Χριστοδούλου', 'Öberg', 'Țurcanu', 'Saarinen']) })],
  ['common prefix', () => ({ q: random.pick(['mar', 'ann', 'sch', 'pro', 'gio', 'eco']) })],
  ['filters only', () => ({ countries: [random.pick(countries)], subjects: [random.pick(subjects)] })],
  ['filters only', () => ({ subjects: [random.pick(subjects)], ageMin: 10, ageMax: 14, lookingForPartners: 'true' })],
  ['filters only', () => ({ languages: [random.pick(['fr', 'de', 'es', 'it'])], levels: [random.pick(['primary', 'upper_secondary'])] })],
  [
    'text and filters',
    () => ({
      q: random.pick(['musique', 'history', 'projet', 'environment', 'Kraków', 'Lyon']),
      countries: [random.pick(countries), random.pick(countries)],
    }),
  ],
  ['suggestions', 'suggestions'],
];

/** One search of the mix, as the web app makes it: 20 results, or 12 suggestions. */
function runSearch(make: (typeof kinds)[number][1], actor: Actor) {
  return make === 'suggestions' ? suggestedPartners({ database }, actor, 12) : findPartners({ database }, actor, { ...make(), limit: 20 });
}

const timings = new Map<string, number[]>();
const slowest: Array<{ milliseconds: number; kind: string; query: object }> = [];
function record(kind: string, milliseconds: number) {
  timings.set(kind, [...(timings.get(kind) ?? []), milliseconds]);
}

// Warm-up: a few searches of each kind, not counted.
for (const [, make] of kinds) {
  await runSearch(make, actorOf(random.pick(searchers)));
}

const searches = Number(values.searches);
for (let index = 0; index < searches; index++) {
  const [kind, make] = random.pick(kinds);
  const searcher = random.pick(searchers);
  const query = make === 'suggestions' ? {} : make();
  const started = performance.now();
  await runSearch(make === 'suggestions' ? make : () => query, actorOf(searcher));
  const elapsed = performance.now() - started;
  record(kind, elapsed);
  slowest.push({ milliseconds: elapsed, kind, query: { ...query, searcherCountry: searcher.country_code } });
  record('all (searches with facets, suggestions)', elapsed);

  const lookupStarted = performance.now();
  await database.db.selectFrom('users').selectAll().where('id', '=', random.pick(searchers).id).executeTakeFirst();
  record('baseline: primary-key lookup', performance.now() - lookupStarted);
}
await database.close();

function actorOf(searcher: { id: string; country_code: string }): Actor {
  return { userId: searcher.id, role: 'teacher', status: 'validated', countryCode: searcher.country_code, sessionId: 'bench' };
}

console.log(`\nbench:search — ${searches} searches, ${where}\n`);
for (const [kind, list] of timings) {
  const name = figureName(kind);
  printFigure(`${name}-count`, list.length, 'searches');
  for (const [label, share] of [
    ['p50', 0.5],
    ['p95', 0.95],
    ['p99', 0.99],
  ] as const)
    printFigure(`${name}-${label}`, percentile(list, share), 'ms');
}

/** "baseline: primary-key lookup" → "baseline-primary-key-lookup". */
function figureName(kind: string): string {
  return kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const shownSlowest = Number(values.slowest);
if (shownSlowest > 0) {
  console.log(`\nslowest ${shownSlowest}:`);
  for (const search of slowest.toSorted((a, b) => b.milliseconds - a.milliseconds).slice(0, shownSlowest)) {
    console.log(`${search.milliseconds.toFixed(1).padStart(8)} ms  ${search.kind.padEnd(18)} ${JSON.stringify(search.query)}`);
  }
}
