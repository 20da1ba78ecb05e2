import { randomBytes } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { App } from './app-plugin.ts';

/** A strict Content Security Policy: no inline script anywhere, only our own origin. */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The policy as a header value. A page of the web app passes a fresh nonce: the accessible
 * components insert two small <style> elements of their own, carrying the nonce they read from
 * `<meta name="csp-nonce">`. Scripts never get a nonce.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  const withNonce = styleNonce ? { ...directives, styleSrc: [...directives.styleSrc, `'nonce-${styleNonce}'`] } : directives;
  return Object.entries(withNonce)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${sources.join(' ')}`)
    .join('; ');
}

export function newStyleNonce(): string {
  return randomBytes(16).toString('base64');
}

export async function installSecurityHeaders(app: App): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginEmbedderPolicy: false,
    // Lets a page read our own API from the same origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
