import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs on stdout; secrets in headers never reach them. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    base: { service: 'jumelage' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });
}
