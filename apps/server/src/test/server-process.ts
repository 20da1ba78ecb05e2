import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';

const mainScript = path.resolve(import.meta.dirname, '../main.ts');

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** Every JSON log line the server wrote so far. */
  logs: Array<Record<string, unknown>>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
};

/** Starts the real server (`node src/main.ts`) on a free port and waits until it listens. */
export async function startServerProcess(environment: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [mainScript], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: ServerProcess['logs'] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = parseLogLine(line);
      logs.push(entry);
      const address = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(entry.msg));
      if (address) resolve(address[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${stderr}${logs.map((l) => JSON.stringify(l)).join('\n')}`)));
    setTimeout(() => reject(new Error(`server did not listen within ${timeoutMs} ms`)), timeoutMs).unref();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  try {
    const url = await listening;
    return {
      url,
      child,
      logs,
      async stop() {
        if (child.exitCode === null) child.kill('SIGTERM');
        return exited;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

function parseLogLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { msg: line };
  }
}

/** Runs a script of the server (main.ts or the CLI) to its end and returns what it printed. */
export async function runToEnd(script: string, args: string[], environment: Record<string, string>) {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

export { mainScript };
