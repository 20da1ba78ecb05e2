import { notificationsOperations as operations, type NotificationsResponse } from '@jumelage/contracts';
import { isoTime } from '../../platform/db/iso-time.ts';
import { requireActor, type Actor } from '../../platform/auth/actor.ts';
import type { AppDependencies, AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';

/** Every signed-in person has notifications; they only ever read their own. */
export const notificationsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.listMine, async (request) => myNotifications(dependencies, requireActor(request.actor), request.query));

  route(app, operations.markRead, async (request) => {
    const actor = requireActor(request.actor);
    await dependencies.database.db
      .updateTable('notifications')
      .set({ read_at: new Date() })
      .where('user_id', '=', actor.userId)
      .where('id', '<=', Number(request.body.upTo))
      .where('read_at', 'is', null)
      .execute();
  });
};

async function myNotifications(
  { database }: AppDependencies,
  actor: Actor,
  query: { before?: string | undefined; limit: number },
): Promise<NotificationsResponse> {
  const db = database.db;
  let rows = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'subject_type', 'subject_id', 'path', 'detail', 'read_at', isoTime('created_at').as('created_at')])
    .where('user_id', '=', actor.userId)
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.before) rows = rows.where('id', '<', Number(query.before));
  const [found, unread] = await Promise.all([
    rows.execute(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  const page = found.slice(0, query.limit);
  return {
    notifications: page.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      path: row.path,
      projectTitle: row.detail.projectTitle ?? null,
      actorName: row.detail.actorName ?? null,
      countryCode: row.detail.countryCode ?? null,
      outcome: row.detail.outcome ?? null,
      reason: row.detail.reason ?? null,
      pupilName: row.detail.pupilName ?? null,
      createdAt: row.created_at,
      read: row.read_at !== null,
    })),
    unread: Number(unread.count),
    nextCursor: found.length > query.limit ? String(page.at(-1)!.id) : null,
  };
}
