import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineOperation, operationUrl } from '@jumelage/contracts';
import { z } from 'zod';
import { buildTestApp } from '../../test/app.ts';
import { allOperations } from '../../test/operations.ts';

describe('operations', () => {
  it('each operation the contracts declare has its route, from one declaration each', async () => {
    const app = await buildTestApp();
    assert.ok(allOperations.length > 90, `found ${allOperations.length}`);
    // A trailing slash names the same route (`ignoreTrailingSlash`): the API reference's page is /api/docs/.
    const missing = allOperations.filter(
      (operation) => !app.hasRoute({ method: operation.method, url: operation.path.replace(/(.)\/$/, '$1') }),
    );
    assert.deepEqual(
      missing.map((operation) => `${operation.method} ${operation.path}`),
      [],
    );
    const declared = allOperations.map((operation) => `${operation.method} ${operation.path}`);
    assert.equal(new Set(declared).size, declared.length, 'no operation is declared twice');
  });

  it('an operation names in its params exactly the segments of its path', () => {
    const declare = (params: z.ZodObject | undefined) =>
      defineOperation({
        method: 'GET',
        path: '/api/things/:id/parts/:partId',
        ...(params ? { params } : {}),
        response: { 200: z.object({}) },
        errors: [],
        summary: 'A part',
        tags: [],
      });
    assert.throws(() => declare(undefined), /params name nothing, the path id, partId/);
    assert.throws(() => declare(z.strictObject({ id: z.uuid() })), /params name id, the path id, partId/);
    assert.equal(declare(z.strictObject({ partId: z.uuid(), id: z.uuid() })).path, '/api/things/:id/parts/:partId');
  });

  it('builds the URL of a call: path values encoded, empty query values left out', () => {
    const operation = { path: '/api/things/:id/parts/:partId' };
    assert.equal(
      operationUrl(operation, { id: 'a b', partId: 'c/d' }, { q: 'x&y', after: '', limit: 5, albumId: undefined }),
      '/api/things/a%20b/parts/c%2Fd?q=x%26y&limit=5',
    );
    assert.throws(() => operationUrl(operation, { id: '1' }), /no value for :partId/);
  });
});
