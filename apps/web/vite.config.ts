import { pathToFileURL } from 'node:url';
import type { Operation } from '@jumelage/contracts';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const operationsModule = /\/packages\/contracts\/src\/[^/]+\/operations\.ts$/;

/**
 * In the production bundle an operation is its method and path: the client needs no more, and its
 * schemas serve the server and development's checks (with them, zod and the accounts' shapes would
 * add 30 kB gzipped to the first route). Each `operations.ts` of the contracts is run here and
 * written out as plain data.
 */
function operationsWithoutSchemas(): Plugin {
  return {
    name: 'jumelage:operations-without-schemas',
    apply: 'build',
    async load(id) {
      if (!operationsModule.test(id)) return null;
      const declared = (await import(pathToFileURL(id).href)) as Record<string, Record<string, Operation>>;
      return Object.entries(declared)
        .map(([name, operations]) => {
          const routes = Object.fromEntries(Object.entries(operations).map(([key, { method, path }]) => [key, { method, path }]));
          return `export const ${name} = ${JSON.stringify(routes)};`;
        })
        .join('\n');
    },
  };
}

export default defineConfig({
  plugins: [react(), operationsWithoutSchemas()],
  build: {
    // No inline script or style may be needed: the server's CSP forbids them.
    assetsInlineLimit: 0,
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs (read by bench/first-route.ts).
    manifest: true,
    // The page editor (TipTap, ProseMirror, Yjs) is one chunk of ~615 kB, loaded only where a page is
    // edited; anything larger than that still warns.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      // The contracts only declare (schemas, constants): what the app does not import is left out,
      // zod with it, wherever a page needs no schema.
      treeshake: { moduleSideEffects: [{ test: /\/packages\/contracts\//, sideEffects: false }] },
      // What the entry imports statically is one chunk (first-route-*.js) beside the entry
      // (index.html and main.tsx), not a dozen shared ones: every page loads it anyway, and whole it
      // compresses better (bench:web: 6 kB less gzipped).
      output: {
        codeSplitting: { groups: [{ name: 'first-route', tags: ['$initial'], test: (id) => !/\/(index\.html|src\/main\.tsx)$/.test(id) }] },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000', '/readyz': 'http://127.0.0.1:3000' },
  },
});
