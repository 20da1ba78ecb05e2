import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { EventDispatcher } from '../events/dispatcher.ts';
import type { Mailer } from '../mail/outbox.ts';
import type { MailTexts } from '../mail/texts.ts';
import type { PersonalData } from '../privacy/personal-data.ts';
import type { RedisConnection } from '../redis.ts';
import type { Bus } from '../realtime/bus.ts';

/** What every module receives: built once in main.ts (or by a test), never global. */
export type AppDependencies = {
  config: Config;
  database: Database;
  redis: RedisConnection | undefined;
  mailer: Mailer;
  /** Built by buildApp from `redis`: messages every process hears. */
  bus: Bus;
  /** Built by buildApp: the mails' texts, from packages/catalogs and the modules' own. */
  mailTexts: MailTexts;
  /** Built by buildApp from the modules: runs the handlers of domain events once they commit. */
  events: EventDispatcher;
  /** Built by buildApp from the modules: what every module keeps about a person, to export or erase. */
  personalData: PersonalData;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's routes: one per domain folder, registered by app.ts. */
export type AppPlugin = (app: App, dependencies: AppDependencies) => Promise<void>;
