// npm run bench:http [-- --duration 10 --connections 50 --database-url postgres://...]
//
// Requests per second of /healthz and of a JSON API route that reads the database
// (/api/countries), beside a bare Fastify "hello" started in the same run (the baseline).
// Every server runs in its own process; autocannon runs in this one.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startServerProcess } from '@jumelage/server/testing/server-process';
import { printFigure } from './figures.ts';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'database-url': { type: 'string' },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);

type Measure = { name: string; requestsPerSecond: number; p50: number; p99: number; errors: number };

async function measure(name: string, url: string): Promise<Measure> {
  await autocannon({ url, connections, duration: 1 }); // warm-up: JIT, connection pools, caches
  const result = await autocannon({ url, connections, duration });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { name, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

async function startHello(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'hello-server.ts')], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const database: Record<string, string> = options['database-url']
  ? { DATABASE_URL: options['database-url'] }
  : { DATA_DIR: await mkdtemp(path.join(tmpdir(), 'jumelage-bench-')), DATABASE_URL: '' };
console.log(
  `bench:http — ${connections} connections, ${duration} s per target, database: ${options['database-url'] ? 'PostgreSQL' : 'PGlite'}`,
);

const hello = await startHello();
const baseline = await measure('baseline-bare-fastify-hello', `${hello.url}/`);
await hello.stop();

// Production log level: request lines are written at info, which is part of the real cost.
const server = await startServerProcess({ ...database, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
const results = [
  baseline,
  await measure('healthz', `${server.url}/healthz`),
  await measure('api-countries-reads-database', `${server.url}/api/countries`),
];
await server.stop();

for (const result of results) {
  printFigure(`${result.name}-requests`, Math.round(result.requestsPerSecond), 'req/s');
  printFigure(`${result.name}-p50`, result.p50, 'ms');
  printFigure(`${result.name}-p99`, result.p99, 'ms');
  printFigure(`${result.name}-errors`, result.errors, 'responses');
}
if (results.some((result) => result.errors > 0)) process.exitCode = 1;
