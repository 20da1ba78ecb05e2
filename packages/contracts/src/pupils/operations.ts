import { z } from 'zod';
import { idParams } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import {
  existingPupilsBodySchema,
  newPupilsBodySchema,
  pupilCardSchema,
  pupilCardsSchema,
  pupilConsentBodySchema,
  schoolPupilsSchema,
} from './pupils.ts';

const tags = ['twinspace'];
const pupilParams = z.strictObject({ pupilId: z.uuid() });
const lookedAfter = ['unauthenticated', 'not_found', 'forbidden'] as const;

/** Pupils' accounts, kept by their teachers: created for a project, their cards, their families' consent. */
export const pupilsOperations = {
  ofMySchool: defineOperation({
    method: 'GET',
    path: '/api/projects/:id/pupils',
    params: idParams,
    query: z.strictObject({ scope: z.enum(['project', 'school']).default('project') }),
    response: { 200: schoolPupilsSchema },
    errors: lookedAfter,
    summary: "My school's pupils in this project, or all of them (scope=school) to add some",
    tags,
  }),
  create: defineOperation({
    method: 'POST',
    path: '/api/projects/:id/pupils',
    params: idParams,
    body: newPupilsBodySchema,
    response: { 201: pupilCardsSchema },
    errors: lookedAfter,
    summary: 'Create pupil accounts of my school from a list of names; returns their cards once',
    tags,
  }),
  addExisting: defineOperation({
    method: 'POST',
    path: '/api/projects/:id/pupils/existing',
    params: idParams,
    body: existingPupilsBodySchema,
    response: { 204: null },
    errors: lookedAfter,
    summary: 'Add pupils of my school who already have an account',
    tags,
  }),
  removeFromProject: defineOperation({
    method: 'DELETE',
    path: '/api/projects/:id/pupils/:pupilId',
    params: idParams.extend(pupilParams.shape),
    response: { 204: null },
    errors: lookedAfter,
    summary: 'Take a pupil out of this project',
    tags,
  }),
  newCard: defineOperation({
    method: 'POST',
    path: '/api/pupils/:pupilId/password',
    params: pupilParams,
    response: { 200: pupilCardSchema },
    errors: lookedAfter,
    summary: "A new card for a pupil I look after: the old password and sessions stop working; the pupil's other teachers are told",
    tags,
  }),
  recordConsent: defineOperation({
    method: 'PUT',
    path: '/api/pupils/:pupilId/consent',
    params: pupilParams,
    body: pupilConsentBodySchema,
    response: { 204: null },
    errors: lookedAfter,
    summary: "Record the family's consent to the account and to images",
    tags,
  }),
  unlock: defineOperation({
    method: 'POST',
    path: '/api/pupils/:pupilId/unlock',
    params: pupilParams,
    response: { 204: null },
    errors: lookedAfter,
    summary: "Forget a pupil's failed sign-ins, so that they sign in again at once",
    tags,
  }),
  remove: defineOperation({
    method: 'DELETE',
    path: '/api/pupils/:pupilId',
    params: pupilParams,
    response: { 204: null },
    errors: lookedAfter,
    summary: "Delete a pupil's account",
    tags,
  }),
};
