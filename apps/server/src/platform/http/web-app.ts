import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { isWebPage } from '@jumelage/contracts';
import type { App } from './app-plugin.ts';
import { answerNotFound } from './error-handler.ts';
import { contentSecurityPolicy, newStyleNonce } from './security-headers.ts';

/**
 * Serves the built web app: hashed assets cached for a year, everything else that is a GET for
 * HTML gets index.html (the app routes on the client), with 404 when no page has that path.
 */
/** Written by apps/web/index.html; replaced by each response's own nonce. */
const cspNoncePlaceholder = '__CSP_NONCE__';

export async function installWebApp(app: App, webDistDir: string): Promise<void> {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ webDistDir }, 'web app is not built: only the API is served (npm run build)');
    app.setNotFoundHandler(answerNotFound);
    return;
  }
  const indexHtml = await readFile(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root: webDistDir,
    index: false,
    wildcard: false,
    setHeaders(response, filePath) {
      const immutable = filePath.startsWith(path.join(webDistDir, 'assets') + path.sep);
      response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !pathname.startsWith('/api/') && !path.extname(pathname);
    if (!wantsPage) return answerNotFound(request, reply);
    const nonce = newStyleNonce();
    return reply
      .status(isWebPage(pathname) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .type('text/html; charset=utf-8')
      .send(indexHtml.replace(cspNoncePlaceholder, nonce));
  });
}
