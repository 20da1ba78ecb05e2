import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './app-plugin.ts';

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
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
