import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { isWebPage } from '@jumelage/contracts';
import type { FastifyRequest } from 'fastify';
import type { App } from './app-plugin.ts';
import { answerNotFound } from './error-handler.ts';
import { escapeHtml } from './escape-html.ts';
import { contentSecurityPolicy, newStyleNonce } from './security-headers.ts';

/** Written by apps/web/index.html; replaced by each response's own nonce. */
const cspNoncePlaceholder = '__CSP_NONCE__';

/** A page whose content the server writes into the app's HTML, for readers without JavaScript and crawlers. */
export type PrerenderedPage = { status: number; language: string; title: string; description: string; body: string };
export type PagePrerenderer = (request: FastifyRequest, pathname: string) => Promise<PrerenderedPage | undefined>;

/**
 * Serves the built web app: hashed assets cached for a year, everything else that is a GET (or a
 * HEAD, answered the same without the body) for HTML gets index.html (the app routes on the client), with 404 when no page has that path.
 * Pages the prerenderer knows get their content, title and description already in the HTML.
 */
export async function installWebApp(app: App, webDistDir: string, prerender?: PagePrerenderer): Promise<void> {
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

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    // Pages are served from here, not from routes, so Fastify's automatic HEAD routes do not cover them.
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/api/') && !path.extname(pathname);
    if (!wantsPage) return answerNotFound(request, reply);
    const page = await prerender?.(request, pathname);
    const nonce = newStyleNonce();
    return reply
      .status(page?.status ?? (isWebPage(pathname) ? 200 : 404))
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .header('vary', 'accept-language')
      .type('text/html; charset=utf-8')
      .send((page ? withPage(indexHtml, page) : indexHtml).replace(cspNoncePlaceholder, nonce));
  });
}

/** The app's HTML with the page's language, title, description (also for link previews) and content. */
function withPage(indexHtml: string, page: PrerenderedPage): string {
  const title = escapeHtml(page.title);
  const description = escapeHtml(page.description);
  // Replaced by functions: in a replacement string, "$&" or "$'" in a project's text would be read as patterns.
  return indexHtml
    .replace(/<html lang="[^"]*"/, () => `<html lang="${page.language}"`)
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${title}</title><meta property="og:title" content="${title}"><meta property="og:description" content="${description}">`,
    )
    .replace(/<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${description}"`)
    .replace(/<noscript>[^<]*<\/noscript>/, '')
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>`);
}
