import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { insertWave } from './waves.ts';

export const fixtureRoutes: AppPlugin = async (app, dependencies) => {
  app.post(
    '/api/fixture/waves',
    { schema: { tags: ['fixture'], summary: 'Wave at a colleague', body: z.strictObject({ toUserId: z.uuid(), projectId: z.uuid().optional() }), response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await unitOfWork(dependencies, async (db) => {
        const { name } = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
        await insertWave(db, { from: actor.userId, to: request.body.toUserId, projectId: request.body.projectId ?? null });
        await recordEvent(db, { type: 'fixture.waved', actorId: actor.userId, subject: { type: 'user', id: request.body.toUserId }, payload: { waverName: name } });
      });
      return reply.status(204).send(null);
    },
  );
};
