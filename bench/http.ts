// npm run bench:http [-- --duration 10 --connections 50 --database-url postgres://...]
//
// Requests per second of /healthz and of a JSON API route that reads the database
// (/api/countries), against a bare Fastify "hello" started in the same run, printed as ratios.
// Every server runs in its own process; autocannon runs in this one.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startServerProcess } from '@jumelage/server/testing/server-process';

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
const baseline = await measure('bare Fastify "hello" (baseline)', `${hello.url}/`);
await hello.stop();

// Production log level: request lines are written at info, which is part of the real cost.
const server = await startServerProcess({ ...database, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
const results = [
  baseline,
  await measure('GET /healthz', `${server.url}/healthz`),
  await measure('GET /api/countries (reads the database)', `${server.url}/api/countries`),
];
await server.stop();

const width = Math.max(...results.map((result) => result.name.length));
console.log(
  `\n${'target'.padEnd(width)}  ${'req/s'.padStart(8)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  ${'vs hello'.padStart(8)}  errors`,
);
for (const result of results) {
  const ratio = (result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
  console.log(
    `${result.name.padEnd(width)}  ${result.requestsPerSecond.toFixed(0).padStart(8)}  ${String(result.p50).padStart(7)}  ${String(result.p99).padStart(7)}  ${ratio.padStart(8)}  ${result.errors}`,
  );
}
if (results.some((result) => result.errors > 0)) process.exitCode = 1;
