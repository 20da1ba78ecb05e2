import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { errorBodySchema, fieldIssue, singleLine } from '@jumelage/contracts';
import { z } from 'zod';
import { buildTestApp } from '../../test/app.ts';
import { AppError } from '../errors.ts';
import type { App } from './app-plugin.ts';

/** Routes that exist only in this test, to drive the platform's error model. */
function addProbeRoutes(app: App): void {
  app.post(
    '/api/probe',
    {
      schema: {
        body: z
          .strictObject({
            name: singleLine().min(2),
            age: z.number().int(),
            email: z.email().optional(),
            tags: z.array(z.string()).max(2).optional(),
            kind: z.enum(['class', 'club']).optional(),
            from: z.number().optional(),
            to: z.number().optional(),
          })
          .refine((body) => body.from === undefined || body.to === undefined || body.from <= body.to, {
            ...fieldIssue('reversed_range', 'ends before it starts'),
            path: ['to'],
          }),
      },
    },
    async (request) => ({ hello: request.body.name }),
  );
  app.get('/api/probe/full', async () => {
    throw new AppError('page_limit_reached', 'A TwinSpace has at most 300 pages', { params: { max: 300 } });
  });
  app.get('/api/probe/app-error', async () => {
    throw new AppError('not_found', 'This probe does not exist');
  });
  app.get('/api/probe/crash', async () => {
    throw new Error('secret internal detail');
  });
}

describe('HTTP platform', () => {
  it('gives every response a request id, and keeps one a proxy sent', async () => {
    const app = await buildTestApp();
    const fresh = await app.inject({ method: 'GET', url: '/healthz' });
    assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const kept = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'proxy-42' } });
    assert.equal(kept.headers['x-request-id'], 'proxy-42');
    const refused = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': '<script>' } });
    assert.notEqual(refused.headers['x-request-id'], '<script>');
  });

  it('sends security headers with a strict CSP that allows no inline script', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/countries' });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });

  it('compresses large responses for clients that accept it', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(response.rawPayload).toString()).openapi, '3.1.0');
  });

  it('answers an unknown API route with a typed 404', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    assert.equal(response.statusCode, 404);
    assert.equal(errorBodySchema.parse(response.json()).error.code, 'not_found');
  });

  it('refuses invalid input with validation_failed and each field named', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const response = await app.inject({ method: 'POST', url: '/api/probe', payload: { name: 'x', age: 'old' } });
    assert.equal(response.statusCode, 400);
    const { error } = errorBodySchema.parse(response.json());
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.issues?.map((issue) => issue.path).toSorted(), ['body.age', 'body.name']);
  });

  it('names what is wrong with each field as a code, with the bounds it broke', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const refused = async (payload: object) =>
      errorBodySchema.parse((await app.inject({ method: 'POST', url: '/api/probe', payload })).json()).error.issues;
    const wrong = { name: 'x', email: 'not an address', tags: ['a', 'b', 'c'], kind: 'party', from: 3, to: 1 };
    assert.deepEqual(
      (await refused(wrong))?.map(({ path, code, params }) => ({ path, code, params })),
      [
        { path: 'body.name', code: 'too_short', params: { min: 2 } },
        { path: 'body.age', code: 'required', params: undefined },
        { path: 'body.email', code: 'invalid_email', params: undefined },
        { path: 'body.tags', code: 'too_many', params: { max: 2 } },
        { path: 'body.kind', code: 'not_an_option', params: undefined },
      ],
    );
    const issuesOf = async (payload: object) => (await refused(payload))?.map(({ path, code }) => `${path} ${code}`);
    assert.deepEqual(await issuesOf({ name: 'Ana\u200b', age: 'old' }), ['body.name invisible_characters', 'body.age invalid']);
    assert.deepEqual(await issuesOf({ name: 'Ana', age: 12, from: 3, to: 1 }), ['body.to reversed_range']);
  });

  it('answers an AppError with the status of its code, and the numbers its message gives', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const response = await app.inject({ method: 'GET', url: '/api/probe/full' });
    assert.equal(response.statusCode, 409);
    assert.deepEqual(errorBodySchema.parse(response.json()).error.params, { max: 300 });
  });

  it('refuses unknown fields', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const response = await app.inject({ method: 'POST', url: '/api/probe', payload: { name: 'Ana', age: 12, role: 'admin' } });
    assert.equal(response.statusCode, 400);
    const { error } = errorBodySchema.parse(response.json());
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(
      error.issues?.map(({ path, code }) => `${path} ${code}`),
      ['body.role unknown_field'],
    );
  });

  it('refuses malformed JSON and oversized bodies with typed errors', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(errorBodySchema.parse(malformed.json()).error.code, 'validation_failed');
    const huge = await app.inject({ method: 'POST', url: '/api/probe', payload: { name: 'a'.repeat(2_000_000), age: 1 } });
    assert.equal(huge.statusCode, 413);
    assert.equal(errorBodySchema.parse(huge.json()).error.code, 'payload_too_large');
  });

  it('answers an AppError with its code and status', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const response = await app.inject({ method: 'GET', url: '/api/probe/app-error' });
    assert.equal(response.statusCode, 404);
    assert.equal(errorBodySchema.parse(response.json()).error.message, 'This probe does not exist');
  });

  it('hides the details of an unexpected error', async () => {
    const app = await buildTestApp({ extend: addProbeRoutes });
    const response = await app.inject({ method: 'GET', url: '/api/probe/crash' });
    assert.equal(response.statusCode, 500);
    const { error } = errorBodySchema.parse(response.json());
    assert.equal(error.code, 'internal_error');
    assert.doesNotMatch(response.body, /secret internal detail/);
    assert.equal(error.requestId, response.headers['x-request-id']);
  });
});
