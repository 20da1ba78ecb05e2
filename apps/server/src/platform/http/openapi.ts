import swagger, { type SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { errorStatuses, errorsOf, isSchema, platformOperations, type ErrorCode, type Operation } from '@jumelage/contracts';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './app-plugin.ts';
import { route } from './operations.ts';

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, and its reference page. */
export async function installOpenApi(app: App, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jumelage API',
        version,
        description: 'The API of Jumelage, the platform for cross-border school collaboration.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'operations', description: 'Health and readiness, for load balancers and operators' },
        { name: 'countries', description: 'The participating countries' },
        { name: 'schools', description: 'Schools and regions' },
        { name: 'accounts', description: 'Registration, sessions, profile and credentials' },
        { name: 'national support', description: "An NSS officer's work: validating teachers" },
        { name: 'contacts', description: 'Regional correspondents of each country' },
        { name: 'partners', description: 'Finding colleagues abroad' },
        { name: 'ideas', description: 'The partner-finding forum: project ideas and answers' },
        { name: 'administration', description: 'The central support service: officers, outbox' },
      ],
    },
    transform: describeOperation,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: platformOperations.apiReference.path.replace(/\/$/, ''),
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
  });
  route(app, platformOperations.openApiDocument, async () => ({ ...app.swagger() }));
}

const bytes = { type: 'string', format: 'binary' };

/**
 * A route in the reference: its schemas as JSON Schema, and from its operation what they do not
 * say: the errors it may answer, by status with their codes, and the bodies and answers that are
 * not JSON.
 */
const describeOperation: SwaggerTransform = (document) => {
  const described = jsonSchemaTransform(document);
  const operation = document.route.config?.operation;
  if (!operation || operation.hidden) return described;
  const schema: Record<string, unknown> = { ...described.schema };
  const responses: Record<string, unknown> = { ...errorResponses(operation), ...(schema.response as Record<string, unknown> | undefined) };
  for (const [status, answer] of Object.entries(operation.response)) {
    if (!isSchema(answer) && answer?.kind === 'file')
      responses[status] = {
        description: 'The bytes, their type and name in the headers',
        content: { [answer.mediaType]: { schema: bytes } },
      };
  }
  if (operation.body !== undefined && !isSchema(operation.body))
    Object.assign(schema, { body: bytes, consumes: ['application/octet-stream'] });
  return { ...described, schema: { ...schema, response: responses } };
};

function errorResponses(operation: Operation): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorsOf(operation)) byStatus.set(errorStatuses[code], [...(byStatus.get(errorStatuses[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      status,
      {
        description: `Error ${codes.length > 1 ? 'codes' : 'code'}: ${codes.map((code) => `\`${code}\``).join(', ')}`,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );
}
