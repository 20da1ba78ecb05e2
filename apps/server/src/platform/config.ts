import path from 'node:path';
import { z } from 'zod';

/** A size in whole megabytes (MiB), at least 1. */
function megabytes(fallback: number) {
  return z.coerce
    .number({ error: 'must be a whole number of megabytes' })
    .int('must be a whole number of megabytes')
    .min(1, 'must be at least 1')
    .max(1_000_000)
    .default(fallback);
}

/** Configuration, read once from the environment at start and validated. */
const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 (any free port) and 65535')
    .max(65535, 'must be between 0 (any free port) and 65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Jumelage <no-reply@localhost>'),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[\d.:/a-fA-F, ]+)$/, 'must be true, false, a number of proxies, or addresses of trusted proxies')
    .default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  PAGE_VERSION_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).min(0).max(1440).default(10),
  PAGE_MAX_MB: megabytes(5),
  PAGE_ACCESS_RECHECK_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(1).max(3600).default(60),
  WEB_DIST_DIR: z.string().optional(),
  MAX_UPLOAD_MB: megabytes(100),
  PROJECT_STORAGE_MB: megabytes(2000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** The address people use to reach the platform, for links in e-mails. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Behind a reverse proxy: which proxies' X-Forwarded-For to believe, for the client's address. */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  shutdownTimeoutMs: number;
  /** A TwinSpace page being edited keeps a version at most this often (0: at every save). */
  pageVersionEveryMs: number;
  /** The most a TwinSpace page's shared document may hold, in bytes: edits beyond it are refused. */
  pageMaxBytes: number;
  /** How often open real-time pages check again that their session may still see them. */
  pageAccessRecheckMs: number;
  webDistDir: string;
  /** The largest file one upload may be, in bytes. */
  maxUploadBytes: number;
  /** What all the files of one project may take together, in bytes. */
  projectStorageBytes: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const defaultWebDistDir = path.resolve(import.meta.dirname, '../../../web/dist');

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(environment[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    logLevel: values.LOG_LEVEL,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    pageVersionEveryMs: values.PAGE_VERSION_MINUTES * 60_000,
    pageMaxBytes: values.PAGE_MAX_MB * 1_048_576,
    pageAccessRecheckMs: values.PAGE_ACCESS_RECHECK_SECONDS * 1_000,
    webDistDir: path.resolve(values.WEB_DIST_DIR ?? defaultWebDistDir),
    maxUploadBytes: values.MAX_UPLOAD_MB * 1_048_576,
    projectStorageBytes: values.PROJECT_STORAGE_MB * 1_048_576,
  };
}

function parseTrustProxy(value: string): Config['trustProxy'] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (!/^\d+$/.test(value)) return value;
  // A number of hops: the client is the address that many proxies back.
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}

/** For entry points: a bad configuration is reported on stderr and ends the process at once. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
