// npm run bench:collab [-- --keystrokes 100 --pages 100]
//
// Real-time pages, measured on a real server (`npm start`'s embedded database) and Debian's
// Chromium:
// - keystroke latency: from a key pressed in one pupil's browser to the character shown in the
//   other pupil's browser (two schools, one page), median and p95 over N keystrokes; baseline in
//   the same run: the same relay between two Node clients (no browser, no rendering);
// - memory per open page: the server's RSS before and after N pages are open (one client each,
//   ~2,000 characters per page), per page; baseline: the same number of pages opened and closed again.
import { setTimeout as sleep } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { launchBrowser } from '../e2e/support/browser.ts';
import { callApi } from '../e2e/support/api.ts';
import { userCreateArguments } from '../e2e/support/run.ts';
import { e2eDatabaseEnvironment, runCli, startE2eServer } from '../e2e/support/server.ts';
import { joinDemoTwinspace, signedInPupil } from '../e2e/support/twinspace.ts';
import { percentile, printFigure } from './figures.ts';

const { values: options } = parseArgs({
  options: { keystrokes: { type: 'string', default: '100' }, pages: { type: 'string', default: '100' } },
});
const keystrokes = Number(options.keystrokes);
const pageCount = Number(options.pages);

/** The median and p95 of a series of milliseconds, as figure lines. */
function printLatency(name: string, values: number[]): void {
  printFigure(`${name}-median`, percentile(values, 0.5), 'ms');
  printFigure(`${name}-p95`, percentile(values, 0.95), 'ms');
}

/** A page opened from Node the way the web app opens it, with the session cookie. */
function nodeClient(
  baseUrl: string,
  cookie: string,
  documentName: string,
): { doc: Y.Doc; provider: HocuspocusProvider; synced: Promise<void> } {
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
      this.on('error', () => undefined);
    }
  }
  const doc = new Y.Doc();
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const provider = new HocuspocusProvider({
    url: `${baseUrl.replace(/^http/, 'ws')}/api/collab`,
    name: documentName,
    document: doc,
    token: 'cookie',
    WebSocketPolyfill: CookieWebSocket,
    onSynced: () => markSynced(),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return { doc, provider, synced };
}

const textOf = (doc: Y.Doc) => doc.getText('bench');

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
}

const partner = {
  email: 'bench.collab@example.org',
  password: 'bench password 1',
  name: 'Bench Partner',
  country: 'PL',
  role: 'teacher' as const,
};
const environment = await e2eDatabaseEnvironment();
await runCli(environment, ['demo:load']);
await runCli(environment, userCreateArguments(partner));
const [server, browser] = await Promise.all([startE2eServer(environment), launchBrowser()]);
try {
  const twinspace = await joinDemoTwinspace(browser, server.url, partner);
  const createPage = (title: string) =>
    callApi<{ id: string }>(twinspace.partner, 'POST', `/api/projects/${twinspace.projectId}/pages`, { title });
  const cookie = (await twinspace.partner.context().cookies()).map((item) => `${item.name}=${item.value}`).join('; ');

  // Baseline: the server's relay alone, between two Node clients.
  const relayPage = await createPage('Relay baseline');
  const [writer, reader] = [nodeClient(server.url, cookie, `page:${relayPage.id}`), nodeClient(server.url, cookie, `page:${relayPage.id}`)];
  await Promise.all([writer.synced, reader.synced]);
  const relay: number[] = [];
  for (let index = 0; index < keystrokes; index++) {
    const started = performance.now();
    const arrived = new Promise<void>((resolve) =>
      textOf(reader.doc).observe(function seen() {
        textOf(reader.doc).unobserve(seen);
        resolve();
      }),
    );
    textOf(writer.doc).insert(index, 'x');
    await arrived;
    relay.push(performance.now() - started);
  }
  for (const client of [writer, reader]) client.provider.destroy();

  // Browsers: a pupil of each school on the same page.
  const page = await createPage('Keystroke latency');
  const pagePath = `/projects/${twinspace.projectId}/twinspace/pages/${page.id}`;
  const [lea, kuba] = await Promise.all([
    signedInPupil(browser, server.url, twinspace.founder, twinspace.projectId, 'Léa'),
    signedInPupil(browser, server.url, twinspace.partner, twinspace.projectId, 'Kuba'),
  ]);
  await Promise.all([lea.goto(`${server.url}${pagePath}`), kuba.goto(`${server.url}${pagePath}`)]);
  await Promise.all([lea.locator('[data-status="connected"]').waitFor(), kuba.locator('[data-status="connected"]').waitFor()]);
  const editor = '[role="textbox"][aria-multiline="true"]';
  // Both record the wall clock with sub-millisecond precision: key down in one, text grown in the other.
  await lea.evaluate((selector) => {
    const times: number[] = [];
    (window as unknown as { keyTimes: number[] }).keyTimes = times;
    document.querySelector(selector)!.addEventListener('keydown', () => times.push(performance.timeOrigin + performance.now()), true);
  }, editor);
  await kuba.evaluate((selector) => {
    const times: number[] = [];
    (window as unknown as { arrivalTimes: number[] }).arrivalTimes = times;
    const surface = document.querySelector(selector)!;
    let seen = 0;
    // Typed letters only: the other pupil's caret (their name) sits inside the text too.
    const typed = () =>
      [...surface.querySelectorAll('p')]
        .map((paragraph): string => {
          const copy = paragraph.cloneNode(true) as HTMLElement;
          for (const caret of copy.querySelectorAll('[data-collaborator]')) caret.remove();
          return copy.textContent;
        })
        .join('');
    new MutationObserver(() => {
      const length = typed().replace(/[^a]/g, '').length;
      while (seen < length) {
        times.push(performance.timeOrigin + performance.now());
        seen++;
      }
    }).observe(surface, { subtree: true, childList: true, characterData: true });
  }, editor);
  await lea.locator(editor).click();
  for (let index = 0; index < keystrokes; index++) {
    await lea.keyboard.press('a');
    await sleep(40);
  }
  await kuba.waitForFunction((count) => (window as unknown as { arrivalTimes: number[] }).arrivalTimes.length >= count, keystrokes);
  const keyTimes = await lea.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes);
  const arrivalTimes = await kuba.evaluate(() => (window as unknown as { arrivalTimes: number[] }).arrivalTimes);
  const browserLatency = keyTimes.slice(0, keystrokes).map((time, index) => arrivalTimes[index]! - time);

  // Memory: pages made first, then opened by one client each and given some text.
  const pageIds: string[] = [];
  for (let index = 0; index < pageCount; index++) pageIds.push((await createPage(`Memory ${index}`)).id);
  await sleep(3_000);
  const idle = await rssOf(server.child.pid!);
  const clients = [];
  for (const id of pageIds) {
    const client = nodeClient(server.url, cookie, `page:${id}`);
    await client.synced;
    textOf(client.doc).insert(0, 'Our shared story, written by pupils of two schools. '.repeat(40));
    clients.push(client);
  }
  await sleep(3_000);
  const withPages = await rssOf(server.child.pid!);
  for (const client of clients) client.provider.destroy();
  await sleep(5_000);
  const afterClosing = await rssOf(server.child.pid!);

  console.log(`${keystrokes} keystrokes; memory with ${pageCount} open pages of ~2,000 characters, one client each`);
  printLatency('keystroke-to-other-browser', browserLatency);
  printLatency('baseline-server-relay-between-node-clients', relay);
  printFigure('server-memory-idle', Math.round(idle / 1_048_576), 'MB');
  printFigure('server-memory-with-open-pages', Math.round(withPages / 1_048_576), 'MB');
  printFigure('server-memory-after-pages-closed', Math.round(afterClosing / 1_048_576), 'MB');
  printFigure('memory-per-open-page', Math.round((withPages - idle) / pageCount / 1024), 'KB');
} finally {
  await browser.close();
  await server.stop();
}
