import { idParams } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import { createOfficerRequestSchema, listOfficersResponseSchema, officerSchema, outboxQuerySchema, outboxResponseSchema } from './admin.ts';

const tags = ['administration'];
const adminOnly = ['unauthenticated', 'forbidden'] as const;

/** The central support service: officers, outbox. */
export const adminOperations = {
  listOfficers: defineOperation({
    method: 'GET',
    path: '/api/admin/officers',
    response: { 200: listOfficersResponseSchema },
    errors: adminOnly,
    summary: 'Every NSS officer',
    tags,
  }),
  createOfficer: defineOperation({
    method: 'POST',
    path: '/api/admin/officers',
    body: createOfficerRequestSchema,
    response: { 201: officerSchema },
    errors: [...adminOnly, 'email_already_registered'],
    summary: 'Open an NSS officer account; they receive a link to choose a password',
    tags,
  }),
  removeOfficer: defineOperation({
    method: 'DELETE',
    path: '/api/admin/officers/:id',
    params: idParams,
    response: { 204: null },
    errors: [...adminOnly, 'not_found'],
    summary: "Close an officer's account",
    tags,
  }),
  outbox: defineOperation({
    method: 'GET',
    path: '/api/admin/outbox',
    query: outboxQuerySchema,
    response: { 200: outboxResponseSchema },
    errors: adminOnly,
    summary: 'The e-mails the platform wrote, newest first',
    tags,
  }),
};
