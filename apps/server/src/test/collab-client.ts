import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { atEndOfFile } from './cleanup.ts';

export type CollabClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when the server refused or closed this page for the client. */
  refused: Promise<string>;
  text(): string;
  type(text: string, at?: number): void;
  /** Resolves once every local edit was acknowledged by the server (stored). */
  acknowledged(): Promise<void>;
  close(): void;
};

/**
 * A page opened the way the web app opens it (Hocuspocus provider, Yjs), from Node: the session
 * cookie goes in the WebSocket handshake as a browser would send it.
 */
export function openPage(baseUrl: string, cookie: string | undefined, documentName: string, doc = new Y.Doc()): CollabClient {
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: cookie ? { cookie } : {} });
      // The provider removes its listeners before closing a socket still connecting; ws then reports an error nobody hears.
      this.on('error', () => undefined);
    }
  }
  let reportRefusal: (reason: string) => void = () => undefined;
  const refused = new Promise<string>((resolve) => (reportRefusal = resolve));
  const provider = new HocuspocusProvider({
    url: `${baseUrl.replace(/^http/, 'ws')}/api/collab`,
    name: documentName,
    document: doc,
    token: 'session-cookie',
    WebSocketPolyfill: CookieWebSocket,
    // Passed on to the socket: retries at most 2 s apart, so a finished test leaves no long timer behind.
    maxDelay: 2_000,
    onAuthenticationFailed: ({ reason }) => reportRefusal(reason),
    onClose: ({ event }) => {
      if (event.code === 4403 || event.code === 4401 || /access changed|signed out/.test(event.reason)) reportRefusal(event.reason);
    },
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  const paragraphText = () => {
    const fragment = doc.getXmlFragment('default');
    if (fragment.length === 0) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText()]);
      fragment.insert(0, [paragraph]);
    }
    return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  };
  // The socket retries on its own after the page is destroyed: stop it too.
  function close() {
    provider.destroy();
    provider.configuration.websocketProvider.destroy();
  }
  const client: CollabClient = {
    doc,
    provider,
    refused,
    text: () => plainText(doc),
    type(text, at) {
      const target = paragraphText();
      target.insert(at ?? target.length, text);
    },
    async acknowledged() {
      await waitFor(() => provider.isSynced && provider.unsyncedChanges === 0, 'the server to acknowledge every edit');
    },
    close,
  };
  if (openClients.size === 0) atEndOfFile(closeAll);
  openClients.add(provider);
  return client;
}

const openClients = new Set<HocuspocusProvider>();

async function closeAll(): Promise<void> {
  for (const provider of openClients) provider.destroy();
  // A reconnection a socket scheduled (1 s after a close) before it was destroyed restarts it: stop it again.
  for (let round = 0; round < 2; round++) {
    for (const provider of openClients) provider.configuration.websocketProvider.destroy();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  }
  openClients.clear();
}

/** The text of each top-level element, without marks, one per line. */
function plainText(doc: Y.Doc): string {
  const textOf = (node: unknown): string => {
    if (node instanceof Y.XmlText)
      return (node.toDelta() as Array<{ insert: unknown }>).map((run) => (typeof run.insert === 'string' ? run.insert : '')).join('');
    return node instanceof Y.XmlElement ? node.toArray().map(textOf).join('') : '';
  };
  return doc.getXmlFragment('default').toArray().map(textOf).join('\n');
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves with the reason the server gives when it closes the page for this client. */
export function closedReason(client: CollabClient): Promise<string> {
  return new Promise((resolve) =>
    client.provider.on('close', ({ event }: { event: { reason: string } }) => event.reason && resolve(event.reason)),
  );
}

export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms).unref())]);
}
