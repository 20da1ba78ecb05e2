import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import type { AppDependencies } from '../http/app-plugin.ts';
import type { AccessChange, SessionsEnded } from '../realtime/access-changes.ts';

/**
 * Every kind of domain event and what it carries. The platform declares its own here; each module
 * adds its kinds from its `events.ts` (`declare module` of this file), as it adds its tables to
 * `Schema`: a new domain brings its events without an edit outside its folder, and recording or
 * handling a kind that does not exist, or with the wrong payload, does not compile.
 */
export interface DomainEvents {
  /** Someone lost access to a TwinSpace or some of its pages: open connections close. */
  'access.changed': AccessChange;
  /** Sessions ended: what outlives a request (a page open in real time) closes. */
  'sessions.ended': SessionsEnded;
}

export type EventType = keyof DomainEvents;

/** What an event is about: a row of any domain, named by its kind and id. */
export type EventSubject = { type: string; id: string };

/**
 * A domain event as a module records it: what happened, who did it (null for the platform or an
 * anonymous visitor), what it is about, and what the handlers need, written when it happened.
 */
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { type: K; actorId: string | null; subject: EventSubject; payload: DomainEvents[K] };
}[T];

/** What a handler works with: the dispatcher's transaction, the event's own fields, and the platform's services. */
export type EventContext = Pick<AppDependencies, 'config' | 'mailer' | 'bus' | 'mailTexts'> & {
  db: Kysely<Schema>;
  event: { id: number; type: string; actorId: string | null; subject: EventSubject; occurredAt: Date };
};

/**
 * One thing to do when an event happened. Handlers that write to the database write through
 * `context.db`, in the transaction that marks them done: they take effect once. A handler that
 * fails is retried later, alone; the others go on.
 */
export type EventHandler<T extends EventType = EventType> = {
  name: string;
  handle(payload: DomainEvents[T], context: EventContext): Promise<void>;
};

/** The handlers of a module, by the kind of event they handle. */
export type EventHandlers = { [T in EventType]?: ReadonlyArray<EventHandler<T>> };
