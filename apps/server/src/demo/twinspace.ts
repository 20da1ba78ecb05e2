import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { ImageConsent } from '@jumelage/contracts';
import { sql, type Kysely } from 'kysely';
import sharp from 'sharp';
import * as Y from 'yjs';
import type { Schema } from '../platform/db/schema.ts';
import type { FileStorage } from '../platform/files/storage.ts';
import { reencodeImage } from '../modules/materials/images.ts';
import { insertAlbum, insertMaterial, thumbnailKeyOf, updateMaterial } from '../modules/materials/queries.ts';
import { documentFrom, renderHtml } from '../modules/pages/document.ts';
import { insertPage, setTaggedPupils } from '../modules/pages/queries.ts';
import { publishCurrentText, saveVersion } from '../modules/pages/storage.ts';
import { usernameCandidate } from '../modules/pupils/credentials.ts';
import { addToProject, insertPupil, saveConsent } from '../modules/pupils/queries.ts';
import { appendBlocks, type Block } from './page-blocks.ts';
import { demoCountries } from './people.ts';
import type { SeededRandom } from './seeded-random.ts';
import { classPage, pupilFirstNames, themePage } from './twinspace-texts.ts';

/** The printed teacher log-in whose active project is the lived-in TwinSpace (the e2e specs open it too). */
export const demoFounderEmail = 'teacher.fr.1@demo.example';

type Db = Kysely<Schema>;
type Member = {
  teacherId: string;
  email: string | null;
  role: 'founder' | 'member';
  schoolId: string;
  schoolName: string;
  town: string;
  countryCode: string;
  language: string;
};
type DemoPupil = { id: string; firstName: string; imageConsent: ImageConsent };
type Draft = { by: string; at: Date; blocks: Block[] };
type Context = { passwordHash: string; storage: FileStorage; random: SeededRandom };

/** A class of four: two families agreed to public images, one to images within the project, one to none. */
const imageConsentsInClass: ImageConsent[] = ['public', 'public', 'project', 'none'];

const ago = (days: number, hours = 0) => new Date(Date.now() - days * 86_400_000 + hours * 3_600_000);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The active projects the demo founder founded, as My TwinSpaces lists them. */
export async function demoTwinspaceIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('projects as p')
    .innerJoin('project_members as m', 'm.project_id', 'p.id')
    .innerJoin('users as u', 'u.id', 'm.teacher_id')
    .select('p.id')
    .where('u.email', '=', demoFounderEmail)
    .where('m.role', '=', 'founder')
    .where('p.status', '=', 'active')
    .orderBy('p.title')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Makes the demo founder's TwinSpaces look lived in, over the last two weeks: a class of four at
 * each member school (accounts agreed, image consents mixed; the demo password, no card to
 * change), a theme page with a page per founding class written by the teacher and two pupils
 * (public when every pupil it shows may be), and a drawing in an album, shown on the theme page.
 * Pages are Yjs documents written as the editor writes them, with their versions.
 */
export async function loadDemoTwinspaces(db: Db, context: Context): Promise<void> {
  let pupilNumber = 0;
  for (const projectId of await demoTwinspaceIds(db)) {
    const members = await membersOf(db, projectId);
    // They joined when the TwinSpace opened, before anything happened in it.
    await db
      .updateTable('project_members')
      .set({ joined_at: ago(14) })
      .where('project_id', '=', projectId)
      .execute();
    const classes = new Map<string, DemoPupil[]>();
    for (const member of members) {
      if (classes.has(member.schoolId)) continue;
      classes.set(member.schoolId, await addClass(db, projectId, member, context, pupilNumber, ago(13 - classes.size)));
      pupilNumber += imageConsentsInClass.length;
    }
    const founder = members.find((member) => member.email === demoFounderEmail)!;
    const partner = members.find((member) => member.role === 'founder' && member !== founder)!;
    const [writer] = classes.get(founder.schoolId)!;
    const drawing = await addDrawing(db, context.storage, projectId, { albumBy: founder.teacherId, uploadedBy: writer!.id, at: ago(3) });
    const themeId = await writePage(db, projectId, null, themePage.title, [
      { by: founder.teacherId, at: ago(10), blocks: themePage.opening },
      { by: partner.teacherId, at: ago(9, 3), blocks: themePage.calendar },
      { by: founder.teacherId, at: ago(2), blocks: themePage.drawing(drawing.src, drawing.title) },
    ]);
    await writeClassPage(db, projectId, themeId, founder, classes.get(founder.schoolId)!, { shown: 2, startedDaysAgo: 8 });
    await writeClassPage(db, projectId, themeId, partner, classes.get(partner.schoolId)!, { shown: 3, startedDaysAgo: 7 });
  }
}

/** One pupil log-in per class of the demo TwinSpaces, to print with the teachers'. */
export async function demoPupilLogins(db: Db): Promise<Array<{ countryCode: string; username: string }>> {
  const projectIds = await demoTwinspaceIds(db);
  if (projectIds.length === 0) return [];
  const rows = await db
    .selectFrom('project_pupils as pp')
    .innerJoin('pupils as p', 'p.user_id', 'pp.pupil_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select(['p.school_id as schoolId', 's.country_code as countryCode', 'u.username'])
    .where('pp.project_id', 'in', projectIds)
    .orderBy('s.country_code')
    // Pupils added later by hand come after; the digits count the demo's own, whose first in a class wrote its page.
    .orderBy('p.created_at')
    .orderBy(sql`substring(u.username from '[0-9]+$')::int`)
    .execute();
  const firstOfSchool = [...Map.groupBy(rows, (row) => row.schoolId).values()].map((pupils) => pupils[0]!);
  return firstOfSchool.flatMap(({ countryCode, username }) => (username ? [{ countryCode, username }] : []));
}

/** The members with their school, founders first, the demo founder first of all. */
async function membersOf(db: Db, projectId: string): Promise<Member[]> {
  return db
    .selectFrom('project_members as m')
    .innerJoin('users as u', 'u.id', 'm.teacher_id')
    .innerJoin('schools as s', 's.id', 'm.school_id')
    .select([
      'm.teacher_id as teacherId',
      'u.email',
      'm.role',
      'm.school_id as schoolId',
      's.name as schoolName',
      's.town',
      's.country_code as countryCode',
      'u.language',
    ])
    .where('m.project_id', '=', projectId)
    .orderBy('m.role')
    .orderBy(sql`u.email = ${demoFounderEmail}`, 'desc')
    .orderBy('u.email')
    .execute();
}

async function addClass(
  db: Db,
  projectId: string,
  teacher: Member,
  { passwordHash, random }: Context,
  firstNumber: number,
  at: Date,
): Promise<DemoPupil[]> {
  const lastNames = demoCountries.find((country) => country.countryCode === teacher.countryCode)!.lastNames;
  const agreedOn = dayOf(at);
  const pupils: DemoPupil[] = [];
  for (const [index, { firstName, female }] of pupilFirstNames(teacher.countryCode).entries()) {
    const family = random.pick(lastNames);
    const lastName = typeof family === 'string' ? family : family[female ? 1 : 0];
    const { id } = await insertPupil(db, { id: teacher.schoolId, countryCode: teacher.countryCode }, teacher.teacherId, teacher.language, {
      firstName,
      lastName,
      passwordHash,
      accountConsentOn: agreedOn,
    });
    // The card's spelling with fixed digits, so that the printed log-ins are the same on every load.
    const username = `${usernameCandidate(firstName, lastName, 1).slice(0, -1)}${21 + firstNumber + index}`;
    await db.updateTable('users').set({ username, password_must_change: false }).where('id', '=', id).execute();
    const imageConsent = imageConsentsInClass[index]!;
    await saveConsent(db, id, teacher.teacherId, {
      accountConsentOn: agreedOn,
      imageConsent,
      imageConsentOn: imageConsent === 'none' ? null : agreedOn,
    });
    pupils.push({ id, firstName, imageConsent });
  }
  const ids = pupils.map((pupil) => pupil.id);
  await addToProject(db, projectId, ids, teacher.teacherId);
  await db.updateTable('project_pupils').set({ added_at: at }).where('project_id', '=', projectId).where('pupil_id', 'in', ids).execute();
  return pupils;
}

/** The teacher sets the class's page up, two pupils write it; it shows the first `shown` pupils. */
async function writeClassPage(
  db: Db,
  projectId: string,
  themeId: string,
  teacher: Member,
  pupils: DemoPupil[],
  { shown, startedDaysAgo }: { shown: number; startedDaysAgo: number },
): Promise<void> {
  const tagged = pupils.slice(0, shown);
  const page = classPage(
    teacher.countryCode,
    { name: teacher.schoolName, town: teacher.town },
    tagged.map((pupil) => pupil.firstName),
  );
  const pageId = await writePage(db, projectId, themeId, page.title, [
    { by: teacher.teacherId, at: ago(startedDaysAgo), blocks: page.byTeacher },
    { by: pupils[0]!.id, at: ago(startedDaysAgo - 1, 2), blocks: page.byFirstPupil },
    { by: pupils[1]!.id, at: ago(startedDaysAgo - 2, 5), blocks: page.bySecondPupil },
  ]);
  await setTaggedPupils(
    db,
    pageId,
    tagged.map((pupil) => pupil.id),
  );
  if (tagged.every((pupil) => pupil.imageConsent === 'public')) await publishCurrentText(db, pageId, teacher.teacherId);
}

/**
 * A page written draft by draft, each by its author on a device of their own (a Yjs client of its
 * own), each kept as a version as compaction keeps them; the page as the last draft left it.
 */
async function writePage(db: Db, projectId: string, parentId: string | null, title: string, drafts: Draft[]): Promise<string> {
  const pageId = await insertPage(db, projectId, parentId, title, drafts[0]!.by);
  let state: Uint8Array | null = null;
  let html = '';
  for (const draft of drafts) {
    const doc = documentFrom(state);
    appendBlocks(doc, draft.blocks);
    state = Y.encodeStateAsUpdate(doc);
    html = renderHtml(doc);
    await saveVersion(db, pageId, state, html, [draft.by], null, null);
    const latest = db
      .selectFrom('page_versions')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('page_id', '=', pageId);
    await db.updateTable('page_versions').set({ saved_at: draft.at }).where('id', '=', latest).execute();
  }
  const last = drafts.at(-1)!;
  await db
    .updateTable('twinspace_pages')
    .set({ document: state, html, created_at: drafts[0]!.at, updated_at: last.at, updated_by: last.by })
    .where('id', '=', pageId)
    .execute();
  return pageId;
}

/** A pupil's drawing of the partner towns, uploaded into an album the teacher made, as an upload stores an image. */
async function addDrawing(
  db: Db,
  storage: FileStorage,
  projectId: string,
  { albumBy, uploadedBy, at }: { albumBy: string; uploadedBy: string; at: Date },
): Promise<{ src: string; title: string }> {
  const title = 'Our towns by the river, drawn by the class';
  const albumId = await insertAlbum(db, projectId, 'Our drawings', albumBy);
  const source = await storage.temporaryPath();
  await writeFile(source, await sharp(Buffer.from(drawingSvg)).png().toBuffer());
  const image = await reencodeImage(storage, source, 'image/png');
  const id = randomUUID();
  const storageKey = `materials/${projectId}/${id}`;
  try {
    await insertMaterial(db, {
      id,
      projectId,
      albumId,
      originalName: 'our-towns.png',
      mediaType: 'image/png',
      kind: 'image',
      sizeBytes: image.size,
      storageKey,
      hasThumbnail: true,
      width: image.width,
      height: image.height,
      uploadedBy,
    });
    await updateMaterial(db, id, { title, description: 'Two towns, one river: the bridge is where we will meet one day.' });
    await db.updateTable('materials').set({ created_at: at }).where('id', '=', id).execute();
    await db
      .updateTable('albums')
      .set({ created_at: ago(4) })
      .where('id', '=', albumId)
      .execute();
    await storage.place(image.file, storageKey);
    await storage.place(image.thumbnail, thumbnailKeyOf(storageKey));
  } finally {
    await storage.discard(source, image.file, image.thumbnail);
  }
  return { src: `/api/materials/${id}/file?inline=1`, title };
}

// Drawn with shapes only: text in an SVG would need fonts on the machine that loads the demo.
const drawingSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640" viewBox="0 0 960 640">
  <rect width="960" height="640" fill="#bfe3f5"/>
  <circle cx="820" cy="110" r="60" fill="#f7c948"/>
  <path d="M0 330 Q240 250 480 320 T960 300 V640 H0 Z" fill="#8cc56e"/>
  <path d="M0 430 C200 380 320 520 520 470 S820 400 960 450 V520 C820 480 700 560 520 540 S180 450 0 500 Z" fill="#3d8fd1"/>
  <rect x="390" y="448" width="180" height="18" rx="4" fill="#8a6d4b"/>
  <path d="M405 466 Q480 540 555 466" fill="none" stroke="#8a6d4b" stroke-width="12"/>
  <g fill="#e76f51"><path d="M90 330 l50 -50 l50 50 Z"/><path d="M200 340 l40 -40 l40 40 Z"/><path d="M690 320 l50 -50 l50 50 Z"/><path d="M800 330 l40 -40 l40 40 Z"/></g>
  <g fill="#fff4e0"><rect x="100" y="330" width="80" height="70"/><rect x="208" y="340" width="64" height="60"/><rect x="700" y="320" width="80" height="70"/><rect x="808" y="330" width="64" height="60"/></g>
  <g fill="#2a4d69"><rect x="128" y="360" width="24" height="40"/><rect x="228" y="365" width="22" height="35"/><rect x="728" y="350" width="24" height="40"/><rect x="828" y="355" width="22" height="35"/></g>
  <g fill="#2f7d4a"><circle cx="330" cy="330" r="34"/><circle cx="610" cy="310" r="30"/><circle cx="60" cy="600" r="40"/><circle cx="900" cy="590" r="36"/></g>
</svg>`;
