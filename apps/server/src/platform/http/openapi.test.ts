import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { errorStatuses, errorsOf, projectsOperations } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { allOperations } from '../../test/operations.ts';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  [keyword: string]: unknown;
};
type Operation = {
  parameters?: Array<{ in: string; name: string; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

/** Every string schema under a schema, with where it is, following references into the components. */
function stringsIn(schema: JsonSchema, where: string, components: Record<string, JsonSchema>): Array<[string, JsonSchema]> {
  const resolved = schema.$ref ? components[schema.$ref.replace('#/components/schemas/', '')]! : schema;
  const types = [resolved.type].flat();
  // A file's bytes (`format: binary`) are not text: they are never stored as a string.
  const own: Array<[string, JsonSchema]> = types.includes('string') && resolved.format !== 'binary' ? [[where, resolved]] : [];
  const children = Object.entries(resolved).flatMap(([keyword, value]): Array<[string, JsonSchema]> => {
    if (keyword === 'properties' || keyword === 'patternProperties')
      return Object.entries(value as Record<string, JsonSchema>).map(([name, child]) => [`${where}.${name}`, child]);
    if (keyword === 'items' || keyword === 'additionalProperties')
      return typeof value === 'object' ? [[`${where}[]`, value as JsonSchema]] : [];
    if (keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'prefixItems')
      return (value as JsonSchema[]).map((child) => [where, child]);
    return [];
  });
  return [...own, ...children.flatMap(([path, child]) => stringsIn(child, path, components))];
}

/** A string schema refuses a value when it is not one of its fixed values or fails one of its patterns. */
function refuses(schema: JsonSchema, value: string): boolean {
  if (schema.enum) return !schema.enum.includes(value);
  if ('const' in schema) return schema.const !== value;
  const patterns = [schema.pattern, ...((schema.allOf as JsonSchema[] | undefined) ?? []).map((part) => part.pattern)].filter(
    (pattern) => pattern !== undefined,
  );
  return patterns.some((pattern) => !new RegExp(pattern, 'u').test(value));
}

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

  it('no string a request carries, in any route, takes a NUL character (PostgreSQL refuses it)', async () => {
    const app = await buildTestApp();
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const strings = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => [
        ...(operation.parameters ?? []).flatMap((parameter) =>
          stringsIn(parameter.schema, `${method} ${path} ${parameter.in}.${parameter.name}`, document.components.schemas),
        ),
        ...Object.values(operation.requestBody?.content ?? {}).flatMap(({ schema }) =>
          stringsIn(schema, `${method} ${path} body`, document.components.schemas),
        ),
      ]),
    );
    assert.ok(strings.length > 100, `found ${strings.length} strings`);
    const takingNul = strings.filter(([, schema]) => !refuses(schema, 'a\u0000b')).map(([where]) => where);
    assert.deepEqual(
      takingNul,
      [],
      'build each from packages/contracts/src/platform/text.ts, or give it a format, a pattern or fixed values',
    );
  });

  it("lists each operation's errors under their status, with the shared error body", async () => {
    const app = await buildTestApp();
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const submit = document.paths['/api/projects/{id}/submit']!.post!;
    assert.deepEqual(submit.responses['409'], {
      description: 'Error codes: `project_not_ready`, `project_status_changed`',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
    assert.match(submit.responses['403']!.description, /`forbidden`, `csrf_failed`, `password_change_required`/);
    assert.ok(projectsOperations.submit.errors.includes('project_not_ready'));

    const unlisted = allOperations
      .filter((operation) => !operation.hidden)
      .flatMap((operation) => {
        const described = document.paths[operation.path.replace(/:(\w+)/g, '{$1}')]![operation.method.toLowerCase()]!;
        return errorsOf(operation)
          .filter((code) => !described.responses[errorStatuses[code]]?.description.includes(`\`${code}\``))
          .map((code) => `${operation.method} ${operation.path} ${code}`);
      });
    assert.deepEqual(unlisted, []);
  });

  it('says which bodies and answers are not JSON: an upload, a download', async () => {
    const app = await buildTestApp();
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const bytes = { type: 'string', format: 'binary' };
    assert.deepEqual(document.paths['/api/projects/{id}/materials']!.post!.requestBody!.content, {
      'application/octet-stream': { schema: bytes },
    });
    assert.deepEqual(document.paths['/api/materials/{materialId}/file']!.get!.responses['200']!.content, { '*/*': { schema: bytes } });
  });

  it('GET /api/docs/ serves a readable reference page', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.match(response.body, /swagger-ui/i);
  });
});
