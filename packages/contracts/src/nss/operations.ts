import { z } from 'zod';
import { defineOperation } from '../platform/define-operation.ts';
import { countryCodeSchema } from '../schools/schools.ts';
import {
  teacherDecisionRequestSchema,
  teacherDecisionResponseSchema,
  validationQueueQuerySchema,
  validationQueueResponseSchema,
} from './validation-queue.ts';

const tags = ['national support'];

/** An NSS officer's work: validating teachers. */
export const nssOperations = {
  pendingTeachers: defineOperation({
    method: 'GET',
    path: '/api/nss/pending-teachers',
    query: validationQueueQuerySchema,
    response: { 200: validationQueueResponseSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: "Teachers waiting for validation in the officer's country, oldest first",
    tags,
  }),
  decideOnTeachers: defineOperation({
    method: 'POST',
    path: '/api/nss/teacher-decisions',
    query: z.strictObject({ country: countryCodeSchema.optional() }),
    body: teacherDecisionRequestSchema,
    response: { 200: teacherDecisionResponseSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: 'Validate or reject one or several pending teachers',
    tags,
  }),
};
