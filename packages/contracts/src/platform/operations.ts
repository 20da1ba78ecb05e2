import { z } from 'zod';
import { fileAnswer, defineOperation } from './define-operation.ts';
import { healthSchema, readinessSchema } from './health.ts';

const tags = ['operations'];

/** What the platform itself answers: for load balancers and operators, and the API's own reference. */
export const platformOperations = {
  health: defineOperation({ method: 'GET', path: '/healthz', response: { 200: healthSchema }, errors: [], summary: 'Liveness', tags }),
  readiness: defineOperation({
    method: 'GET',
    path: '/readyz',
    response: { 200: readinessSchema, 503: readinessSchema },
    errors: [],
    summary: 'Readiness',
    description: 'The database, and Redis when configured, answer; 503 says which does not.',
    tags,
  }),
  openApiDocument: defineOperation({
    method: 'GET',
    path: '/api/openapi.json',
    response: { 200: z.record(z.string(), z.unknown()) },
    errors: [],
    summary: 'This document',
    tags,
    hidden: true,
  }),
  apiReference: defineOperation({
    method: 'GET',
    path: '/api/docs/',
    response: { 200: fileAnswer('text/html') },
    errors: [],
    summary: 'The API reference, a page generated from this document (served by @fastify/swagger-ui)',
    tags,
    hidden: true,
  }),
};
