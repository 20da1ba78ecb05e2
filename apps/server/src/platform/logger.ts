import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs on stdout (or where a test reads them); secrets in headers never reach them. */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jumelage' },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    destination,
  );
}
