import { createdSchema, idParams, sentSchema } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import {
  ideaBodySchema,
  ideaDetailSchema,
  ideaStatusBodySchema,
  interestBodySchema,
  myIdeasResponseSchema,
  searchIdeasQuerySchema,
  searchIdeasResponseSchema,
} from './ideas.ts';

const tags = ['ideas'];
const teachers = ['unauthenticated', 'forbidden'] as const;
const mine = [...teachers, 'not_found'] as const;

/** The partner-finding forum: project ideas and the answers to them. */
export const ideasOperations = {
  search: defineOperation({
    method: 'GET',
    path: '/api/ideas',
    query: searchIdeasQuerySchema,
    response: { 200: searchIdeasResponseSchema },
    errors: teachers,
    summary: 'Search open project ideas of colleagues',
    tags,
  }),
  post: defineOperation({
    method: 'POST',
    path: '/api/ideas',
    body: ideaBodySchema,
    response: { 201: createdSchema },
    errors: teachers,
    summary: 'Post a project idea',
    tags,
  }),
  listMine: defineOperation({
    method: 'GET',
    path: '/api/my-ideas',
    response: { 200: myIdeasResponseSchema },
    errors: teachers,
    summary: 'My project ideas, open and closed',
    tags,
  }),
  read: defineOperation({
    method: 'GET',
    path: '/api/ideas/:id',
    params: idParams,
    response: { 200: ideaDetailSchema },
    errors: mine,
    summary: 'One idea, with my answer or, for its author, every answer',
    tags,
  }),
  edit: defineOperation({
    method: 'PUT',
    path: '/api/ideas/:id',
    params: idParams,
    body: ideaBodySchema,
    response: { 204: null },
    errors: mine,
    summary: 'Change my idea',
    tags,
  }),
  setStatus: defineOperation({
    method: 'PUT',
    path: '/api/ideas/:id/status',
    params: idParams,
    body: ideaStatusBodySchema,
    response: { 204: null },
    errors: mine,
    summary: 'Close my idea (it leaves the search) or open it again',
    tags,
  }),
  remove: defineOperation({
    method: 'DELETE',
    path: '/api/ideas/:id',
    params: idParams,
    response: { 204: null },
    errors: mine,
    summary: 'Delete my idea and its answers',
    tags,
  }),
  answer: defineOperation({
    method: 'POST',
    path: '/api/ideas/:id/interests',
    params: idParams,
    body: interestBodySchema,
    response: { 201: sentSchema },
    errors: [...mine, 'idea_closed', 'idea_already_answered'],
    summary: 'Answer an idea: the author receives the message',
    tags,
  }),
};
