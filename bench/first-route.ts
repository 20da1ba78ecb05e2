// npm run bench:web [-- --loads 9]   (reads apps/web/dist: run `npm run build` first)
//
// What a visitor's browser loads and waits for before the first page shows:
// - JavaScript, gzipped: the home page (index.html's entry, what it imports statically, what
//   index.html preloads, and the home page's own chunk with its imports when it has one), the
//   gallery likewise; baseline: every script of the app, which is what a visitor loaded when the
//   app was one script. Then how many modules of the page editor (TipTap, ProseMirror, Yjs,
//   Hocuspocus) those scripts hold, and, as a check in the browser, every script and catalog a
//   fresh browser fetches for either page until the network is idle (what loads after the first
//   render included);
// - time from the response's first byte to the home page's heading painted (the first
//   largest-contentful-paint inside <main>), and to the first contentful paint, median of cold
//   loads (a fresh browser context each); baseline in the same run: the first contentful paint of
//   /healthz, a small JSON answer of the same server that runs no script.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startE2eServer } from '../e2e/support/server.ts';
import { printFigure } from './figures.ts';

const { values: options } = parseArgs({ options: { loads: { type: 'string', default: '9' } } });
const loads = Number(options.loads);

const distDir = path.resolve(import.meta.dirname, '../apps/web/dist');
const manifestFile = path.join(distDir, '.vite/manifest.json');
const pageModules = { home: 'src/features/home/HomePage.tsx', gallery: 'src/features/gallery/GalleryPage.tsx' };

type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
type Manifest = Record<string, Chunk>;

/** A chunk's file and those of everything it imports statically (what Vite preloads with it). */
function filesOf(manifest: Manifest, key: string, found = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || found.has(chunk.file)) return found;
  found.add(chunk.file);
  for (const imported of chunk.imports ?? []) filesOf(manifest, imported, found);
  return found;
}

/** The scripts index.html names: its module entry and its modulepreload links. */
function scriptsOfIndexHtml(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => tag.startsWith('<script') || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\/([^"]+\.js)"/.exec(tag)?.[1])
    .filter((file): file is string => file !== undefined);
}

async function gzipKilobytes(files: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(path.join(distDir, file))).length;
  return bytes / 1000;
}

const editorPackages = /node_modules\/(@tiptap|@hocuspocus|yjs|y-protocols|prosemirror-)/;

/** How many modules of the page editor the scripts hold, read from their source maps. */
async function editorModulesIn(files: Iterable<string>): Promise<number> {
  let count = 0;
  for (const file of files) {
    const mapFile = path.join(distDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const { sources } = JSON.parse(await readFile(mapFile, 'utf8')) as { sources: string[] };
    count += sources.filter((source) => editorPackages.test(source)).length;
  }
  return count;
}

async function routeFiles(manifest: Manifest, pageModule: string): Promise<Set<string>> {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the manifest names no entry');
  const files = filesOf(manifest, entry);
  for (const file of scriptsOfIndexHtml(await readFile(path.join(distDir, 'index.html'), 'utf8'))) files.add(file);
  return filesOf(manifest, pageModule, files);
}

/** The median as a figure, and the spread on a line of its own. */
function timeFigure(name: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  printFigure(name, sorted[Math.floor(sorted.length / 2)]!, 'ms');
  console.log(`  ${name}: ${sorted.map((value) => value.toFixed(0)).join(', ')} ms`);
}

type Paints = { firstContentfulPaint: number; mainContentPaint: number | null };

/**
 * One cold load of a URL in a fresh context: its first contentful paint and the first
 * largest-contentful-paint candidate inside <main>, in ms after the response's first byte.
 */
async function loadOnce(browser: Browser, url: string, waitForSelector?: string): Promise<Paints> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (waitForSelector) await page.locator(waitForSelector).waitFor();
    return await page.evaluate(async (readMain) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = async (type: string, accept: (entry: PerformanceEntry) => boolean) =>
        new Promise<PerformanceEntry | undefined>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const found = list.getEntries().find(accept);
            if (found) {
              observer.disconnect();
              resolve(found);
            }
          }).observe({ type, buffered: true });
          setTimeout(() => resolve(undefined), 5_000);
        });
      const firstContentful = await paint('paint', (entry) => entry.name === 'first-contentful-paint');
      const inMain = (entry: PerformanceEntry) =>
        Boolean((entry as PerformanceEntry & { element: Element | null }).element?.closest('main'));
      const mainContent = readMain ? await paint('largest-contentful-paint', inMain) : undefined;
      return {
        firstContentfulPaint: firstContentful ? firstContentful.startTime - navigation.responseStart : Number.NaN,
        mainContentPaint: mainContent ? mainContent.startTime - navigation.responseStart : null,
      };
    }, Boolean(waitForSelector));
  } finally {
    await context.close();
  }
}

/** The scripts and catalogs a fresh browser fetches from /assets/ for a page until the network is idle. */
async function fetchedAssets(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (/^\/assets\/.+\.(js|json)$/.test(pathname)) fetched.push(pathname.slice(1));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return fetched;
  } finally {
    await context.close();
  }
}

if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
const allScripts = (await readdir(path.join(distDir, 'assets'))).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
console.log(`bench:web — ${distDir}, ${loads} cold loads per page`);
const [homeFiles, galleryFiles] = [await routeFiles(manifest, pageModules.home), await routeFiles(manifest, pageModules.gallery)];
printFigure('first-route-js-gzip', await gzipKilobytes(homeFiles), 'kB');
printFigure('gallery-route-js-gzip', await gzipKilobytes(galleryFiles), 'kB');
printFigure('baseline-whole-app-js-gzip', await gzipKilobytes(allScripts), 'kB');
printFigure('first-route-editor-modules', await editorModulesIn(homeFiles), 'modules');
printFigure('gallery-route-editor-modules', await editorModulesIn(galleryFiles), 'modules');

const [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
try {
  printFigure('home-fetched-js-and-catalogs-gzip', await gzipKilobytes(await fetchedAssets(browser, `${server.url}/`)), 'kB');
  printFigure('gallery-fetched-js-and-catalogs-gzip', await gzipKilobytes(await fetchedAssets(browser, `${server.url}/gallery`)), 'kB');
  await loadOnce(browser, `${server.url}/`, '#home-title'); // warm-up: the browser's processes, the server's JIT
  const home: Paints[] = [];
  const baseline: Paints[] = [];
  for (let load = 0; load < loads; load++) {
    baseline.push(await loadOnce(browser, `${server.url}/healthz`));
    home.push(await loadOnce(browser, `${server.url}/`, '#home-title'));
  }
  if (home.some((paints) => paints.mainContentPaint === null)) throw new Error('a home page load painted nothing inside <main>');
  timeFigure(
    'home-heading-painted',
    home.map((paints) => paints.mainContentPaint!),
  );
  timeFigure(
    'home-first-contentful-paint',
    home.map((paints) => paints.firstContentfulPaint),
  );
  timeFigure(
    'baseline-healthz-first-contentful-paint',
    baseline.map((paints) => paints.firstContentfulPaint),
  );
} finally {
  await browser.close();
  await server.stop();
}
