// npm run bench:data -- --teachers 1000000 --schools 250000 --ideas 100000
// Recreates the benchmark database (BENCH_DATABASE_URL, default jumelage_bench on 127.0.0.1:5432)
// and fills it; prints how long it took.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate, openDatabase } from '@jumelage/server/bench';
import { generateTeachers } from './generate-teachers.ts';

const { values } = parseArgs({
  options: {
    teachers: { type: 'string', default: '1000000' },
    schools: { type: 'string', default: '250000' },
    ideas: { type: 'string', default: '100000' },
  },
});
const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/jumelage_bench');
const name = url.pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);

const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
await admin.connect();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.query(`create database ${name}`);
await admin.end();

const started = performance.now();
const database = await openDatabase({ url: url.toString() });
await migrate(database);
const counts = { teachers: Number(values.teachers), schools: Number(values.schools), ideas: Number(values.ideas) };
console.log(
  `bench:data — ${counts.teachers.toLocaleString('en')} teachers, ${counts.schools.toLocaleString('en')} schools, ${counts.ideas.toLocaleString('en')} project ideas into ${name}`,
);
await generateTeachers(database, counts);
await database.close();
console.log(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
