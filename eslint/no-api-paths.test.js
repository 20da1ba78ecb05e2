import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import noApiPaths from './no-api-paths.js';

RuleTester.describe = describe;
RuleTester.it = it;

const ruleTester = new RuleTester({
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});
const error = { messageId: 'apiPath' };

ruleTester.run('jumelage/no-api-paths', noApiPaths, {
  valid: [
    'api.call(projectsOperations.read, { params: { id } })',
    "const link = api.url(materialsOperations.file, { params: { materialId }, query: { inline: '1' } })",
    "const page = '/projects/' + id",
    "const word = '/apiary'",
    "const relative = 'api/notes'",
    'const address = `${origin}/projects/${id}`',
    'const docs = <a href={api.url(platformOperations.apiReference)}>API</a>',
  ],
  invalid: [
    { code: "getJson('/api/countries')", errors: [error] },
    { code: "fetch('/api')", errors: [error] },
    { code: 'sendJson(`/api/projects/${id}/submit`)', errors: [error] },
    { code: 'const socket = `${protocol}://${host}/api/collab`', errors: [error] },
    { code: 'const docs = <a href="/api/docs/">API</a>', errors: [error] },
    { code: "const key = ['/api/ideas']", errors: [error] },
  ],
});
