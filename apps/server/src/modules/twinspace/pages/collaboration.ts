import websocket from '@fastify/websocket';
import { Hocuspocus, type Connection } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import * as Y from 'yjs';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { App, AppDependencies } from '../../../platform/http/app-plugin.ts';
import { membershipOf } from '../access.ts';
import { twinspacePolicy } from '../policy.ts';
import { accessChannel, type AccessChange } from '../revocation.ts';
import { isUpdate, sanitiserOrigin, sanitizeTypes } from './document.ts';
import { pageFragmentName } from './schema.ts';
import { findPage } from './queries.ts';
import { appendUpdate, compactPage, loadPageState } from './storage.ts';

/** Who is on a connection: set from the session cookie, then by onAuthenticate for one page. */
export type CollaborationContext = { actor: Actor | undefined; pageId?: string; projectId?: string };

export type CollaborationOptions = { versionEveryMs: number };

export const collaborationPath = '/api/collab';
const pagePrefix = 'page:';
export const documentNameOf = (pageId: string) => `${pagePrefix}${pageId}`;
const pageIdOf = (documentName: string) => (documentName.startsWith(pagePrefix) ? documentName.slice(pagePrefix.length) : undefined);

/**
 * Real-time editing of TwinSpace pages (Yjs over Hocuspocus), on the app's own port at
 * /api/collab. Access is checked per page from the session; an edit is stored before it is
 * acknowledged; with Redis, processes relay edits to each other.
 */
export async function installCollaboration(app: App, dependencies: AppDependencies, options: CollaborationOptions): Promise<Hocuspocus<CollaborationContext>> {
  const db = dependencies.database.db;
  const hocuspocus = new Hocuspocus<CollaborationContext>({
    quiet: true,
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions: dependencies.config.redisUrl ? [relayThroughRedis(dependencies.config.redisUrl)] : [],

    async onAuthenticate({ documentName, context, connectionConfig }) {
      const pageId = pageIdOf(documentName);
      const page = pageId && context.actor ? await findPage(db, pageId) : undefined;
      const member = page && context.actor ? await membershipOf(db, context.actor, page.projectId) : undefined;
      // One spelling per page: another spelling of the id would open a second, unrelayed copy.
      if (!page || !member || documentName !== documentNameOf(page.id)) throw new Error('not a member of this page');
      connectionConfig.readOnly = !twinspacePolicy.editPage(member, page.editors);
      context.pageId = page.id;
      context.projectId = page.projectId;
    },

    async onLoadDocument({ documentName, document }) {
      const state = await loadPageState(db, pageIdOf(documentName)!);
      if (state) Y.applyUpdate(document, state, sanitiserOrigin);
      return document;
    },

    async afterLoadDocument({ document }) {
      sanitizeTypes(document, [document.getXmlFragment(pageFragmentName)]);
      document.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.origin !== sanitiserOrigin && transaction.changed.size > 0) sanitizeTypes(document, transaction.changed.keys());
      });
    },

    // The only hook awaited before an edit is applied and acknowledged: storing here loses nothing.
    async beforeSync({ type, payload, connection, document, documentName, context }) {
      if ((type !== 1 && type !== 2) || connection.readOnly || payload.length <= 2) return;
      // A connection closed for lost access may still have messages queued: they are not applied.
      if (!document.hasConnection(connection)) throw new Error('connection closed');
      if (!isUpdate(payload)) throw new Error('not a Yjs update');
      await appendUpdate(db, pageIdOf(documentName)!, payload, context.actor?.userId ?? null);
    },

    async onStoreDocument({ document, documentName, lastContext }) {
      await storeDocument(documentName, document, lastContext?.actor?.userId ?? null);
    },
  });

  async function storeDocument(documentName: string, document: Y.Doc, editorId: string | null): Promise<void> {
    await compactPage(db, pageIdOf(documentName)!, Y.encodeStateAsUpdate(document), { editorId, versionEveryMs: options.versionEveryMs });
  }

  dependencies.bus.subscribe(accessChannel, (message) => closeConnectionsAffectedBy(hocuspocus, message as AccessChange));

  await app.register(websocket, { options: { maxPayload: 4 * 1024 * 1024 } });
  app.get(collaborationPath, { websocket: true, schema: { hide: true } }, (socket, request) => {
    if (request.headers.origin && URL.parse(request.headers.origin)?.host !== request.headers.host) return socket.close(4403, 'cross-site');
    if (!request.actor) return socket.close(4401, 'sign in first');
    const fetchRequest = new Request(`http://${request.headers.host}${request.url}`, { headers: request.headers as Record<string, string> });
    const connection = hocuspocus.handleConnection(socket, fetchRequest, { actor: request.actor });
    socket.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data)));
    socket.on('close', (code: number, reason: Buffer) => connection.handleClose({ code, reason: reason.toString() }));
  });

  app.addHook('onClose', async () => {
    hocuspocus.closeConnections();
    await Promise.all([...hocuspocus.documents.values()].map((document) => storeDocument(document.name, document, null)));
    // Let the pages unload (the Redis relay unsubscribes then) before its connections close.
    const deadline = Date.now() + 3_000;
    while ((hocuspocus.documents.size > 0 || hocuspocus.unloadingDocuments.size > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
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

/** Closes the open pages of whoever lost access; their provider reconnects and is checked again. */
function closeConnectionsAffectedBy(hocuspocus: Hocuspocus<CollaborationContext>, change: AccessChange): void {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections() as Array<Connection<CollaborationContext>>) {
      const context = connection.context;
      const matches =
        (change.userId === null || context.actor?.userId === change.userId) &&
        (change.projectId === null || context.projectId === change.projectId) &&
        (change.pageId === undefined || context.pageId === change.pageId) &&
        (!change.pupilsOnly || context.actor?.role === 'pupil');
      if (matches) connection.close({ code: 4403, reason: 'access changed' });
    }
  }
}
