import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp } from '../../test/app.ts';

describe('API reference', () => {
  it('GET /api/openapi.json is a valid OpenAPI 3.1 document describing the routes', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    const result = await new Validator().validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.paths['/api/countries'].get.responses['200']);
    assert.ok(document.paths['/readyz'].get.responses['503']);
  });

  it('GET /api/docs/ serves a readable reference page', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.match(response.body, /swagger-ui/i);
  });
});
