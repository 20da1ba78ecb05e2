import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { materialsOperations, pagesOperations, projectsOperations, schoolsOperations } from '@jumelage/contracts';
import { api, ApiError, checkAnswer, retriesLoad } from './client.ts';

const id = '4b0c7c8e-2f1a-4d2b-9a57-1c0de5f6a7b8';

describe('the API client', () => {
  it('writes the URL of an operation from its path, its values and its query', () => {
    assert.equal(
      api.url(materialsOperations.file, { params: { materialId: id }, query: { inline: '1' } }),
      `/api/materials/${id}/file?inline=1`,
    );
    assert.equal(
      api.url(schoolsOperations.search, { query: { country: 'FR', q: 'école & co' } }),
      '/api/schools?country=FR&q=%C3%A9cole+%26+co',
    );
    assert.equal(api.url(pagesOperations.collaborate), '/api/collab');
  });

  it('finds, in development, an answer outside its contract', () => {
    assert.doesNotThrow(() => checkAnswer(projectsOperations.create, 201, { id }));
    assert.throws(
      () => checkAnswer(projectsOperations.create, 201, { id: 'not an id' }),
      /POST \/api\/projects answered 201 outside its contract/,
    );
    assert.doesNotThrow(() => checkAnswer(projectsOperations.submit, 204, undefined));
  });

  it('tries a failed load again once, unless the server refused it', () => {
    assert.equal(retriesLoad(0, new ApiError('network', 0, 'offline')), true);
    assert.equal(retriesLoad(0, new ApiError('internal_error', 500, 'failed')), true);
    assert.equal(retriesLoad(1, new ApiError('internal_error', 500, 'failed')), false);
    assert.equal(retriesLoad(0, new ApiError('not_found', 404, 'not found')), false);
    assert.equal(retriesLoad(0, new ApiError('forbidden', 403, 'forbidden')), false);
  });
});
