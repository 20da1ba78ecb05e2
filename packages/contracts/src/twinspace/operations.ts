import { idParams } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import { myTwinspacesSchema, twinspaceHomeSchema } from './twinspace.ts';

const tags = ['twinspace'];

/** The TwinSpace of an approved project: the ones I am in, and its home. */
export const twinspaceOperations = {
  listMine: defineOperation({
    method: 'GET',
    path: '/api/my-twinspaces',
    response: { 200: myTwinspacesSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: 'The TwinSpaces I am in',
    tags,
  }),
  home: defineOperation({
    method: 'GET',
    path: '/api/projects/:id/twinspace',
    params: idParams,
    response: { 200: twinspaceHomeSchema },
    errors: ['unauthenticated', 'not_found'],
    summary: 'Home: members by school, latest changes, what needs my attention',
    tags,
  }),
};
