import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // No inline script or style may be needed: the server's CSP forbids them.
    assetsInlineLimit: 0,
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs (read by bench/first-route.ts).
    manifest: true,
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
