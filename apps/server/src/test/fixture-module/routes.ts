import { defineOperation } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { insertWave } from './waves.ts';

/** A domain's operation is declared in packages/contracts; the fixture, a test's own, keeps it here. */
export const waveOperation = defineOperation({
  method: 'POST',
  path: '/api/fixture/waves',
  body: z.strictObject({ toUserId: z.uuid(), projectId: z.uuid().optional() }),
  response: { 204: null },
  errors: ['unauthenticated'],
  summary: 'Wave at a colleague',
  tags: ['fixture'],
});

export const fixtureRoutes: AppPlugin = async (app, dependencies) => {
  route(app, waveOperation, async (request) => {
    const actor = requireActor(request.actor);
    await unitOfWork(dependencies, async (db) => {
      const { name } = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      await insertWave(db, { from: actor.userId, to: request.body.toUserId, projectId: request.body.projectId ?? null });
      await recordEvent(db, {
        type: 'fixture.waved',
        actorId: actor.userId,
        subject: { type: 'user', id: request.body.toUserId },
        payload: { waverName: name },
      });
    });
  });
};
