import {
  maxPagesPerProject,
  type NewPageBody,
  type PageDetail,
  type PagePatch,
  type PagePublication,
  type PageTree,
  type PageVersion,
  type PageVersions,
  type TaggedPupil,
} from '@jumelage/contracts';
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { abilities, authorize, type ActionOn } from '../../platform/auth/policy.ts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { type Membership, membershipOf, requireMembership, requirePublicImageConsent, twinspacePolicy } from '../twinspace/module.ts';
import { pupilsLookedAfterBy } from '../pupils/module.ts';
import { unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';
import { documentNameOf, type CollaborationContext } from './collaboration.ts';
import { documentFrom, renderHtml, replaceContent } from './document.ts';
import { pagePolicy, type PageSubject } from './policy.ts';
import {
  countPages,
  deletePage,
  findPage,
  insertPage,
  isWithin,
  lockPage,
  pageHtml,
  pagesOf,
  publishedVersionOf,
  pupilsInProject,
  setTaggedPupils,
  taggedPupilIdsOf,
  taggedPupilsOf,
  updatePage,
  type PageRow,
} from './queries.ts';
import { appendUpdate, currentText, keepAsVersion, publishCurrentText, saveVersion } from './storage.ts';

type Db = Kysely<Schema>;

/** A page once the policy allowed the action; a page of a TwinSpace the actor is not in does not exist for them. */
async function requirePage(
  db: Db,
  actor: Actor,
  pageId: string,
  action: ActionOn<typeof pagePolicy, PageSubject | undefined>,
): Promise<{ page: PageRow; member: Membership }> {
  const page = await findPage(db, pageId);
  const member = page && (await membershipOf(db, actor, page.projectId));
  authorize(pagePolicy, actor, action, page && { member, editors: page.editors });
  return { page: page!, member: member! };
}

export async function pageTree({ database }: AppDependencies, actor: Actor, projectId: string): Promise<PageTree> {
  await requireMembership(database.db, actor, projectId);
  return { pages: await pagesOf(database.db, projectId) };
}

export async function createPage(
  { database }: AppDependencies,
  actor: Actor,
  projectId: string,
  body: NewPageBody,
): Promise<{ id: string }> {
  const db = database.db;
  authorize(pagePolicy, actor, 'create', await membershipOf(db, actor, projectId));
  return db.transaction().execute(async (transaction) => {
    await sql`select id from projects where id = ${projectId} for update`.execute(transaction);
    if ((await countPages(transaction, projectId)) >= maxPagesPerProject)
      throw new AppError('page_limit_reached', `A TwinSpace has at most ${maxPagesPerProject} pages`, {
        params: { max: maxPagesPerProject },
      });
    if (body.parentId) await requireParentIn(transaction, projectId, body.parentId);
    return { id: await insertPage(transaction, projectId, body.parentId ?? null, body.title, actor.userId) };
  });
}

async function requireParentIn(db: Db, projectId: string, parentId: string): Promise<void> {
  const parent = await findPage(db, parentId);
  if (parent?.projectId !== projectId) throw invalidField('body.parentId', 'not_an_option', 'must be a page of the same TwinSpace');
}

export async function readPage({ database }: AppDependencies, actor: Actor, pageId: string): Promise<PageDetail> {
  const db = database.db;
  const { page, member } = await requirePage(db, actor, pageId, 'read');
  const tagged = await taggedPupilsOf(db, pageId);
  const lookedAfter = await pupilsLookedAfterBy(
    db,
    actor.userId,
    tagged.map((pupil) => pupil.id),
  );
  const asSeen = (pupil: (typeof tagged)[number]): TaggedPupil => ({
    ...pupil,
    imageConsent: lookedAfter.has(pupil.id) ? pupil.imageConsent : null,
  });
  return {
    page: {
      id: page.id,
      parentId: page.parentId,
      title: page.title,
      position: page.position,
      editors: page.editors,
      visibility: page.visibility,
      updatedAt: page.updatedAt,
    },
    html: await pageHtml(db, pageId),
    documentName: documentNameOf(pageId),
    taggedPupils: tagged.map(asSeen),
    publicationBlockedBy: twinspacePolicy.can(actor, 'seePublicationBlockers', member)
      ? tagged.filter((pupil) => pupil.imageConsent !== 'public').map(asSeen)
      : [],
    publication: await publicationOf(db, pageId),
    can: abilities(pagePolicy, actor, ['edit', 'administer'], { member, editors: page.editors }),
  };
}

/** What the public sees of the page, and whether the text has changed since. */
async function publicationOf(db: Db, pageId: string): Promise<PagePublication | null> {
  const published = await publishedVersionOf(db, pageId);
  if (!published) return null;
  const { html } = await currentText(db, pageId);
  return {
    versionId: String(published.id),
    publishedAt: published.publishedAt,
    publishedBy: published.publishedBy,
    upToDate: html === published.html,
  };
}

/**
 * Structure and who may edit change as asked; `visibility: 'public'` publishes the text as it is
 * now, once every pupil the page shows has public image consent (asked again, it publishes the
 * edits made since).
 */
export async function editPage(dependencies: AppDependencies, actor: Actor, pageId: string, patch: PagePatch): Promise<void> {
  const db = dependencies.database.db;
  const { page } = await requirePage(db, actor, pageId, 'administer');
  const { visibility, ...changes } = patch;
  await unitOfWork(dependencies, async (transaction) => {
    await lockPage(transaction, pageId);
    if (changes.parentId) {
      await requireParentIn(transaction, page.projectId, changes.parentId);
      if (await isWithin(transaction, pageId, changes.parentId))
        throw invalidField('body.parentId', 'not_an_option', 'cannot be the page itself or a page under it');
    }
    const fieldChanges = visibility === 'members' ? { ...changes, visibility } : changes;
    if (Object.keys(fieldChanges).length > 0) await updatePage(transaction, pageId, fieldChanges);
    if (visibility === 'public') {
      await requirePublicImageConsent(transaction, await taggedPupilIdsOf(transaction, pageId));
      await publishCurrentText(transaction, pageId, actor.userId);
    }
    // Pupils reconnect, read-only or not; teachers keep typing.
    if (patch.editors && patch.editors !== page.editors)
      await recordAccessChange(transaction, actor.userId, { projectId: page.projectId, userId: null, pageIds: [pageId], pupilsOnly: true });
  });
}

export async function removePage(dependencies: AppDependencies, actor: Actor, pageId: string): Promise<void> {
  const { page } = await requirePage(dependencies.database.db, actor, pageId, 'administer');
  await unitOfWork(dependencies, async (db) => {
    const deleted = await deletePage(db, pageId);
    await recordAccessChange(db, actor.userId, { projectId: page.projectId, userId: null, pageIds: deleted });
  });
}

/**
 * Sets who is shown in the page. On a public page, a new tag needs the pupil's public consent, and
 * taking a pupil out makes the page members-only until a teacher publishes the text without them.
 */
export async function tagPupils({ database }: AppDependencies, actor: Actor, pageId: string, pupilIds: string[]): Promise<void> {
  const db = database.db;
  const { page } = await requirePage(db, actor, pageId, 'administer');
  const unique = [...new Set(pupilIds)];
  if ((await pupilsInProject(db, page.projectId, unique)) !== unique.length)
    throw invalidField('body.pupilIds', 'not_an_option', 'only pupils of this project can be tagged');
  await db.transaction().execute(async (transaction) => {
    const { visibility } = await lockPage(transaction, pageId);
    const untagging = (await taggedPupilIdsOf(transaction, pageId)).some((pupilId) => !unique.includes(pupilId));
    await setTaggedPupils(transaction, pageId, unique);
    if (visibility !== 'public') return;
    // The published version still shows whoever is untagged now: it waits for a new publication.
    if (untagging) await updatePage(transaction, pageId, { visibility: 'members' });
    else await requirePublicImageConsent(transaction, unique);
  });
}

export async function pageVersions({ database }: AppDependencies, actor: Actor, pageId: string): Promise<PageVersions> {
  const db = database.db;
  await requirePage(db, actor, pageId, 'read');
  const rows = await db
    .selectFrom('page_versions as v')
    .select([
      'v.id',
      isoTime('v.saved_at').as('savedAt'),
      'v.restored_from as restoredFrom',
      sql<
        string[]
      >`coalesce((select array_agg(coalesce(p.first_name, u.name) order by u.name) from users u left join pupils p on p.user_id = u.id where u.id = any(v.authors)), '{}')`.as(
        'authors',
      ),
      sql<boolean>`exists (select 1 from twinspace_pages page where page.published_version_id = v.id and page.visibility = 'public')`.as(
        'published',
      ),
    ])
    .where('v.page_id', '=', pageId)
    .orderBy('v.id', 'desc')
    .limit(100)
    .execute();
  return {
    versions: rows.map((row) => ({
      ...row,
      id: String(row.id),
      restoredFrom: row.restoredFrom === null ? null : String(row.restoredFrom),
    })),
  };
}

async function findVersion(db: Db, pageId: string, versionId: string) {
  const version = await db
    .selectFrom('page_versions')
    .select(['id', 'document', 'html', isoTime('saved_at').as('savedAt')])
    .where('page_id', '=', pageId)
    .where('id', '=', Number(versionId))
    .executeTakeFirst();
  if (!version) throw notFound('This version');
  return version;
}

export async function pageVersion({ database }: AppDependencies, actor: Actor, pageId: string, versionId: string): Promise<PageVersion> {
  await requirePage(database.db, actor, pageId, 'read');
  const version = await findVersion(database.db, pageId, versionId);
  return { id: String(version.id), savedAt: version.savedAt, html: version.html };
}

/**
 * Brings back an earlier version as a new edit that every open editor receives. The text as it
 * was just before is kept as a version too, so a restore can itself be undone.
 */
export async function restoreVersion(
  dependencies: AppDependencies,
  collaboration: Hocuspocus<CollaborationContext>,
  actor: Actor,
  pageId: string,
  versionId: string,
): Promise<void> {
  const db = dependencies.database.db;
  await requirePage(db, actor, pageId, 'administer');
  const version = await findVersion(db, pageId, versionId);
  const connection = await collaboration.openDirectConnection(documentNameOf(pageId), { actor });
  // The text as it is now, edits still arriving included, is kept before it is replaced.
  const now = Y.encodeStateAsUpdate(connection.document!);
  await keepAsVersion(db, pageId, now, renderHtml(documentFrom(now)), { authors: [], savedBy: actor.userId });
  await connection.transact((document) => replaceContent(document, version.document));
  // Written at once (a direct edit does not pass through beforeSync), then the page unloads as usual.
  const restored = Y.encodeStateAsUpdate(connection.document!);
  await appendUpdate(db, pageId, restored, actor.userId);
  await saveVersion(db, pageId, restored, renderHtml(documentFrom(restored)), [actor.userId], actor.userId, version.id);
  await connection.disconnect();
}
