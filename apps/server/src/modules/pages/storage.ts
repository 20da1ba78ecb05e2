import * as Y from 'yjs';
import type { PagesDb } from './tables.ts';
import { documentFrom, mergeStates, renderHtml, sanitizeDocument } from './document.ts';

/**
 * How a page's Yjs document is kept: every edit is appended to page_updates before it is
 * acknowledged; compaction folds the updates into twinspace_pages.document. Both are Yjs updates,
 * and merging is a union, so any process may compact at any time without losing an edit.
 */
export async function loadPageState(db: PagesDb, pageId: string): Promise<Uint8Array | null> {
  const page = await db.selectFrom('twinspace_pages').select('document').where('id', '=', pageId).executeTakeFirst();
  if (!page) return null;
  const updates = await db.selectFrom('page_updates').select('update').where('page_id', '=', pageId).orderBy('id').execute();
  return mergeStates([page.document, ...updates.map((row) => row.update)]);
}

export async function appendUpdate(db: PagesDb, pageId: string, update: Uint8Array, userId: string | null): Promise<void> {
  await db.insertInto('page_updates').values({ page_id: pageId, update, user_id: userId }).execute();
}

export type CompactionOptions = { editorId: string | null; versionEveryMs: number };

/**
 * Folds the stored updates and the live state into the page, renders its HTML, and saves a
 * version when the last one is older than `versionEveryMs` and the text changed.
 */
export async function compactPage(db: PagesDb, pageId: string, liveState: Uint8Array, options: CompactionOptions): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    const page = await transaction
      .selectFrom('twinspace_pages')
      .select(['document', 'html', 'authors_since_version'])
      .where('id', '=', pageId)
      .forUpdate()
      .executeTakeFirst();
    if (!page) return;
    const updates = await transaction
      .selectFrom('page_updates')
      .select(['id', 'update', 'user_id'])
      .where('page_id', '=', pageId)
      .orderBy('id')
      .execute();
    const merged = mergeStates([page.document, ...updates.map((row) => row.update), liveState]);
    const html = renderHtml(documentFrom(merged));
    const authors = [...new Set([...page.authors_since_version, ...updates.flatMap((row) => (row.user_id ? [row.user_id] : []))])];
    const changed = html !== page.html;
    await transaction
      .updateTable('twinspace_pages')
      .set({
        document: merged,
        html,
        authors_since_version: authors,
        ...(changed ? { updated_at: new Date(), updated_by: options.editorId ?? authors.at(-1) ?? null } : {}),
      })
      .where('id', '=', pageId)
      .execute();
    const lastId = updates.at(-1)?.id;
    if (lastId !== undefined)
      await transaction.deleteFrom('page_updates').where('page_id', '=', pageId).where('id', '<=', lastId).execute();
    const last = await transaction
      .selectFrom('page_versions')
      .select(['html', 'saved_at'])
      .where('page_id', '=', pageId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const due = !last || Date.now() - last.saved_at.getTime() >= options.versionEveryMs;
    if (due && html !== (last?.html ?? '')) await saveVersion(transaction, pageId, merged, html, authors, null, null);
  });
}

export async function saveVersion(
  db: PagesDb,
  pageId: string,
  state: Uint8Array,
  html: string,
  authors: string[],
  savedBy: string | null,
  restoredFrom: number | null,
): Promise<number> {
  const { id } = await db
    .insertInto('page_versions')
    .values({ page_id: pageId, document: state, html, authors, saved_by: savedBy, restored_from: restoredFrom })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('twinspace_pages').set({ authors_since_version: [] }).where('id', '=', pageId).execute();
  return id;
}

/** The page's text as it is now, every stored edit included, as its readers see it. */
export async function currentText(db: PagesDb, pageId: string): Promise<{ state: Uint8Array; html: string }> {
  const document = documentFrom(await loadPageState(db, pageId));
  sanitizeDocument(document);
  return { state: Y.encodeStateAsUpdate(document), html: renderHtml(document) };
}

/**
 * Makes the page public with its text as it is now, kept as a version (the latest one when it
 * already holds this text): the public sees that version, and later edits only once a teacher
 * publishes again. Run under the page's lock, after the consent of the pupils it shows was checked.
 */
export async function publishCurrentText(db: PagesDb, pageId: string, publisherId: string): Promise<void> {
  const { state, html } = await currentText(db, pageId);
  const versionId = await keepAsVersion(db, pageId, state, html, { authors: await authorsSinceVersion(db, pageId), savedBy: publisherId });
  await db
    .updateTable('twinspace_pages')
    .set({ visibility: 'public', published_version_id: versionId, published_at: new Date(), published_by: publisherId })
    .where('id', '=', pageId)
    .execute();
}

/** The latest version when it already holds this text, or a new one; its id. */
export async function keepAsVersion(
  db: PagesDb,
  pageId: string,
  state: Uint8Array,
  html: string,
  by: { authors: string[]; savedBy: string },
): Promise<number> {
  const latest = await db
    .selectFrom('page_versions')
    .select(['id', 'html'])
    .where('page_id', '=', pageId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.html === html ? latest.id : saveVersion(db, pageId, state, html, by.authors, by.savedBy, null);
}

async function authorsSinceVersion(db: PagesDb, pageId: string): Promise<string[]> {
  const page = await db.selectFrom('twinspace_pages').select('authors_since_version').where('id', '=', pageId).executeTakeFirstOrThrow();
  return page.authors_since_version;
}
