import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

// The first route (the frame, the home page, the header's menus) renders with the sections of the
// English catalog that i18n.ts bundles; every other page waits for the whole catalog (lazyPage).
// Any key of another section in those files would show as its key to a first-time visitor.
const srcDir = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(srcDir, file), 'utf8');
const englishCatalog = readFileSync(new URL(import.meta.resolve('@jumelage/catalogs/locales/en.json')), 'utf8');
const catalogSections = Object.keys(JSON.parse(englishCatalog) as object);

function bundledSections(): string[] {
  const names = /import \{([^}]+)\} from '@jumelage\/catalogs\/locales\/en\.json';/.exec(read('i18n/i18n.ts'))?.[1] ?? '';
  return names
    .split(',')
    .map((name) => name.trim().split(' as ')[0]!)
    .filter((name) => name !== '');
}

/** The files reachable from main.tsx by static imports and by imports other than lazyPage's. */
function firstRouteFiles(): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const line of read(file).split('\n')) {
      if (line.includes('lazyPage(')) continue;
      for (const [, specifier] of line.matchAll(/(?:from |import\()'(\.{1,2}\/[^']+\.tsx?)'/g))
        visit(path.join(path.dirname(file), specifier!));
    }
  };
  visit('main.tsx');
  return [...found];
}

function sectionsUsedIn(file: string): string[] {
  return [...read(file).matchAll(/['`]([a-z][a-zA-Z]*)\.[a-zA-Z$]/g)]
    .map((match) => match[1]!)
    .filter((section) => catalogSections.includes(section));
}

describe('the catalog sections bundled for the first route', () => {
  it('are exactly the sections its files use', () => {
    const files = firstRouteFiles();
    assert.ok(files.includes(path.join('features', 'home', 'HomePage.tsx')), 'the home page is part of the first route');
    assert.ok(!files.includes(path.join('features', 'gallery', 'GalleryPage.tsx')), 'other pages are not');
    const used = [...new Set(files.flatMap(sectionsUsedIn))].toSorted();
    assert.deepEqual(bundledSections().toSorted(), used);
  });
});
