import websocket from '@fastify/websocket';
import { pagesOperations } from '@jumelage/contracts';
import { Hocuspocus, type Connection } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import * as Y from 'yjs';
import type { Actor } from '../../platform/auth/actor.ts';
import { sessionHolder } from '../accounts/module.ts';
import type { App, AppDependencies } from '../../platform/http/app-plugin.ts';
import { membershipOf } from '../twinspace/module.ts';
import { pagePolicy } from './policy.ts';
import { accessChannel, sessionsEndedChannel, type AccessChange, type SessionsEnded } from '../../platform/realtime/access-changes.ts';
import { isUpdate, sanitiserOrigin, sanitizeDocument, sanitizeTypes } from './document.ts';
import { deepestNestingOf, maxUpdateNestingDepth } from './nesting.ts';
import { findPage, type PageRow } from './queries.ts';
import { appendUpdate, compactPage, loadPageState } from './storage.ts';

/**
 * Who is on a connection: the session's actor from the cookie, then, once `onAuthenticate` let
 * them into one page, the page and the name others see on their caret.
 */
export type CollaborationContext = { actor: Actor | undefined; name?: string; pageId?: string; projectId?: string; opening?: Opening };

/**
 * A connection between the start of its authentication and its place among the page's
 * connections: an access change announced meanwhile marks it, and it is closed once in place.
 */
type Opening = { actor: Actor | undefined; pageId?: string; projectId?: string; closeWith?: Close; since: number };

export type CollaborationOptions = { versionEveryMs: number; maxPageBytes: number; recheckEveryMs: number };

const pagePrefix = 'page:';
export const documentNameOf = (pageId: string) => `${pagePrefix}${pageId}`;
const pageIdOf = (documentName: string) => (documentName.startsWith(pagePrefix) ? documentName.slice(pagePrefix.length) : undefined);

/** Close codes and reasons the page's editor understands: reopen, or stop and say why (signed out, page full). */
type Close = { code: number; reason: string };
export const accessChanged = { code: 4403, reason: 'access changed' };
const signedOut = { code: 4401, reason: 'signed out' };
export const pageFull = { code: 4413, reason: 'page full' };
const nestedTooDeep = { code: 4400, reason: 'nested too deep' };
const closingError = (close: Close) => Object.assign(new Error(close.reason), close);

type PageAccess = { actor: Actor; name: string; page: PageRow; readOnly: boolean };

/**
 * Real-time editing of TwinSpace pages (Yjs over Hocuspocus), on the app's own port
 * (`pagesOperations.collaborate`). Access is checked per page from the session, again whenever
 * access changes, and every `recheckEveryMs`; an edit is stored before it is acknowledged; with
 * Redis, processes relay edits to each other.
 */
export async function installCollaboration(
  app: App,
  dependencies: AppDependencies,
  options: CollaborationOptions,
): Promise<Hocuspocus<CollaborationContext>> {
  const db = dependencies.database.db;
  const openings = new Set<Opening>();
  // What each loaded page holds, in bytes: exact after each compaction, estimated in between.
  const pageBytes = new WeakMap<Y.Doc, number>();

  /** What a session may do with a page now; undefined when nothing. */
  async function pageAccess(sessionId: string, documentName: string): Promise<PageAccess | undefined> {
    const pageId = pageIdOf(documentName);
    if (!pageId) return undefined;
    const [holder, page] = await Promise.all([sessionHolder(db, sessionId), findPage(db, pageId)]);
    const member = holder && page ? await membershipOf(db, holder.actor, page.projectId) : undefined;
    // One spelling per page: another spelling of the id would open a second, unrelayed copy.
    if (!holder || !page || !member || documentName !== documentNameOf(page.id)) return undefined;
    return {
      actor: holder.actor,
      name: holder.name,
      page,
      readOnly: !pagePolicy.can(holder.actor, 'edit', { member, editors: page.editors }),
    };
  }

  const hocuspocus = new Hocuspocus<CollaborationContext>({
    quiet: true,
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions: dependencies.config.redisUrl ? [relayThroughRedis(dependencies.config.redisUrl)] : [],

    async onAuthenticate({ documentName, context, connectionConfig }): Promise<Partial<CollaborationContext>> {
      const opening: Opening = { actor: context.actor, since: Date.now() };
      openings.add(opening);
      try {
        const access = context.actor ? await pageAccess(context.actor.sessionId, documentName) : undefined;
        if (!access) throw new Error('not a member of this page');
        Object.assign(opening, { actor: access.actor, pageId: access.page.id, projectId: access.page.projectId });
        connectionConfig.readOnly = access.readOnly;
        // Returned rather than assigned: Hocuspocus copies the context after this hook.
        return { actor: access.actor, name: access.name, pageId: access.page.id, projectId: access.page.projectId, opening };
      } catch (error) {
        openings.delete(opening);
        throw error;
      }
    },

    async connected({ context, connection }) {
      if (!context.opening) return;
      openings.delete(context.opening);
      if (context.opening.closeWith) connection.close(context.opening.closeWith);
    },

    async onLoadDocument({ documentName, document }) {
      const state = await loadPageState(db, pageIdOf(documentName)!);
      if (state) Y.applyUpdate(document, state, sanitiserOrigin);
      return document;
    },

    async afterLoadDocument({ document }) {
      sanitizeDocument(document);
      pageBytes.set(document, Y.encodeStateAsUpdate(document).length);
      document.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.origin !== sanitiserOrigin && transaction.changed.size > 0) sanitizeTypes(document, transaction.changed.keys());
      });
    },

    // The only hook awaited before an edit is applied and acknowledged: storing here loses nothing.
    async beforeSync({ type, payload, connection, document, documentName, context }) {
      if ((type !== 1 && type !== 2) || connection.readOnly || payload.length <= 2) return;
      // A connection closed for lost access may still have messages queued: they are not applied.
      if (context.opening?.closeWith) throw closingError(context.opening.closeWith);
      if (!document.hasConnection(connection)) throw new Error('connection closed');
      if (!isUpdate(payload)) throw new Error('not a Yjs update');
      if (deepestNestingOf(document, payload) > maxUpdateNestingDepth) throw closingError(nestedTooDeep);
      const bytes = pageBytesAfter(document, payload);
      if (bytes > options.maxPageBytes && !onlyDeletes(payload)) throw closingError(pageFull);
      await appendUpdate(db, pageIdOf(documentName)!, payload, context.actor?.userId ?? null);
      pageBytes.set(document, bytes);
    },

    // Everyone is shown under the name their session gives: a client cannot choose another.
    async beforeHandleAwareness({ context, states }) {
      if (!context?.name) return;
      for (const state of states.values()) state.user = { name: context.name, color: caretColour(state.user) };
    },

    async onStoreDocument({ document, documentName, lastContext }) {
      await storeDocument(documentName, document, lastContext?.actor?.userId ?? null);
    },
  });

  /** The page's size with this edit: estimated, and measured only when the estimate is over the limit. */
  function pageBytesAfter(document: Y.Doc, payload: Uint8Array): number {
    const estimate = (pageBytes.get(document) ?? 0) + payload.length;
    return estimate <= options.maxPageBytes ? estimate : Y.encodeStateAsUpdate(document).length + payload.length;
  }

  /**
   * A compaction that fails changes nothing: the edits stay in page_updates, the page loads from
   * them and the next compaction tries again. It is logged, with the page, for the operators.
   */
  async function storeDocument(documentName: string, document: Y.Doc, editorId: string | null): Promise<void> {
    const pageId = pageIdOf(documentName)!;
    try {
      const state = Y.encodeStateAsUpdate(document);
      pageBytes.set(document, state.length);
      await compactPage(db, pageId, state, { editorId, versionEveryMs: options.versionEveryMs });
    } catch (error) {
      app.log.error({ err: error, pageId }, 'compacting a page failed: its edits are kept in page_updates');
    }
  }

  /** Every open page asks again whether its session may still see it: a backstop for a lost message. */
  async function recheckOpenPages(): Promise<void> {
    const verdicts = new Map<string, Promise<PageAccess | undefined>>();
    for (const document of [...hocuspocus.documents.values()]) {
      for (const connection of document.getConnections() as Array<Connection<CollaborationContext>>) {
        const sessionId = connection.context.actor?.sessionId;
        if (!sessionId) continue;
        const key = `${sessionId} ${document.name}`;
        if (!verdicts.has(key)) verdicts.set(key, pageAccess(sessionId, document.name));
        const access = await verdicts.get(key);
        if (!access || access.readOnly !== connection.readOnly) connection.close(accessChanged);
      }
    }
  }
  const recheck = setInterval(() => {
    recheckOpenPages().catch((error: unknown) => app.log.error({ err: error }, 'checking open pages again failed'));
  }, options.recheckEveryMs);

  dependencies.bus.subscribe(accessChannel, (message) => {
    const change = message as AccessChange;
    closeConnectionsAffectedBy(hocuspocus, change, accessChanged);
    markOpeningsAffectedBy(openings, change, accessChanged);
  });
  // Signed out, ended from the security page, or by a new password: those sessions' pages close.
  dependencies.bus.subscribe(sessionsEndedChannel, (message) => {
    const change: AccessChange = { projectId: null, userId: null, sessionIds: (message as SessionsEnded).sessionIds };
    closeConnectionsAffectedBy(hocuspocus, change, signedOut);
    markOpeningsAffectedBy(openings, change, signedOut);
  });

  await app.register(websocket, { options: { maxPayload: 4 * 1024 * 1024 } });
  const { collaborate } = pagesOperations;
  app.get(collaborate.path, { websocket: true, schema: { hide: true }, config: { operation: collaborate } }, (socket, request) => {
    if (request.headers.origin && URL.parse(request.headers.origin)?.host !== request.headers.host) return socket.close(4403, 'cross-site');
    if (!request.actor) return socket.close(4401, 'sign in first');
    const fetchRequest = new Request(`http://${request.headers.host}${request.url}`, {
      headers: request.headers as Record<string, string>,
    });
    const connection = hocuspocus.handleConnection(socket, fetchRequest, { actor: request.actor });
    socket.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data)));
    socket.on('close', (code: number, reason: Buffer) => connection.handleClose({ code, reason: reason.toString() }));
  });

  app.addHook('onClose', async () => {
    clearInterval(recheck);
    hocuspocus.closeConnections();
    await Promise.all([...hocuspocus.documents.values()].map((document) => storeDocument(document.name, document, null)));
    // Let the pages unload (the Redis relay unsubscribes then) before its connections close.
    const deadline = Date.now() + 3_000;
    while ((hocuspocus.documents.size > 0 || hocuspocus.unloadingDocuments.size > 0) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
  });
  return hocuspocus;
}

/**
 * Edits relayed between processes over Redis. The extension opens its own two connections: the
 * platform's client fails fast while offline, which a subscription made at start cannot do.
 */
function relayThroughRedis(url: string): RedisExtension {
  return new RedisExtension({ createClient: () => new IORedis(url, { maxRetriesPerRequest: null }) as never, prefix: 'jumelage:collab' });
}

/** An update that only deletes: always let through, so that a full page can be cut down. */
function onlyDeletes(payload: Uint8Array): boolean {
  return Y.decodeUpdate(payload).structs.length === 0;
}

const caretColourPattern = /^#[0-9a-f]{6}$/i;
const caretColour = (user: unknown) => {
  const colour = typeof user === 'object' && user !== null ? (user as { color?: unknown }).color : undefined;
  return typeof colour === 'string' && caretColourPattern.test(colour) ? colour : '#1d4ed8';
};

/**
 * Whether a change concerns a connection. What is not known yet (the page of a connection still
 * authenticating) counts as concerned: at worst it opens once more.
 */
function concerns(change: AccessChange, where: { actor: Actor | undefined; pageId?: string; projectId?: string }): boolean {
  const { actor, pageId, projectId } = where;
  return (
    (change.userId === null || actor?.userId === change.userId) &&
    (change.projectId === null || projectId === undefined || projectId === change.projectId) &&
    (change.pageIds === undefined || pageId === undefined || change.pageIds.includes(pageId)) &&
    (change.sessionIds === undefined || (actor !== undefined && change.sessionIds.includes(actor.sessionId))) &&
    (!change.pupilsOnly || actor?.role === 'pupil')
  );
}

/** Closes the open pages of whoever lost access; on `accessChanged` their provider reconnects and is checked again. */
function closeConnectionsAffectedBy(hocuspocus: Hocuspocus<CollaborationContext>, change: AccessChange, close: Close): void {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections() as Array<Connection<CollaborationContext>>) {
      if (connection.context.pageId && concerns(change, connection.context)) connection.close(close);
    }
  }
}

const openingTimeoutMs = 60_000;

function markOpeningsAffectedBy(openings: Set<Opening>, change: AccessChange, close: Close): void {
  for (const opening of openings) {
    // One whose page never loaded (the database failed meanwhile) is forgotten.
    if (Date.now() - opening.since > openingTimeoutMs) openings.delete(opening);
    else if (concerns(change, opening)) opening.closeWith ??= close;
  }
}
